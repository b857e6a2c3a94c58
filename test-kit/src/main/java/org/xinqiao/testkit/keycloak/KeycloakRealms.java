package org.xinqiao.testkit.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The realm files a test Keycloak imports: {@code deploy/keycloak/xinqiao-realm.json} as shipped,
 * plus test-only extras that must never reach the deploy realm:
 * <ul>
 *   <li>client {@value KeycloakServer#SHORT_LIVED_CLIENT}: public, password grant, access tokens
 *       live {@value #SHORT_LIVED_SECONDS} s, audience {@value KeycloakServer#AUDIENCE} (expired-token tests);
 *   <li>client {@value KeycloakServer#NO_AUDIENCE_CLIENT}: public, password grant, without the
 *       {@value KeycloakServer#AUDIENCE} audience (wrong-audience tests);
 *   <li>realm {@value KeycloakServer#OTHER_REALM}: the same roles, client {@value KeycloakServer#DEV_CLI_CLIENT}
 *       with the audience, user {@value DemoUsers#OPS_OTHER} with role {@code ops} (wrong-issuer tests).
 * </ul>
 */
final class KeycloakRealms {

  static final String DEPLOY_REALM_FILE = "deploy/keycloak/xinqiao-realm.json";
  static final String REALM_FILE = "xinqiao-realm.json";
  static final String OTHER_REALM_FILE = "xinqiao-other-realm.json";
  static final int SHORT_LIVED_SECONDS = 2;
  private static final String AUDIENCE_SCOPE = "xinqiao-api-audience";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private KeycloakRealms() {}

  /** The realm shipped in {@code deploy/keycloak}, found from the repository root. */
  static Path deployRealm(Path root) {
    Path file = root.resolve(DEPLOY_REALM_FILE);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("Keycloak realm not found at " + file
          + " (set -Dxinqiao.root=<repository root>)");
    }
    return file;
  }

  /** Writes the merged realm and the second realm into {@code folder}; returns the two files. */
  static List<Path> write(Path root, Path folder) {
    try {
      Files.createDirectories(folder);
      ObjectNode realm = (ObjectNode) JSON.readTree(deployRealm(root));
      ObjectNode other = otherRealm(realm);
      addTestClients(realm);
      Path realmFile = folder.resolve(REALM_FILE);
      Path otherFile = folder.resolve(OTHER_REALM_FILE);
      Files.writeString(realmFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(realm), StandardCharsets.UTF_8);
      Files.writeString(otherFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(other), StandardCharsets.UTF_8);
      return List.of(realmFile, otherFile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the test realm files into " + folder, e);
    }
  }

  static void addTestClients(ObjectNode realm) {
    ArrayNode clients = (ArrayNode) realm.get("clients");
    ObjectNode devCli = client(realm, KeycloakServer.DEV_CLI_CLIENT);
    List<String> scopes = strings(devCli.get("defaultClientScopes"));
    if (!scopes.contains(AUDIENCE_SCOPE)) {
      throw new IllegalStateException(KeycloakServer.DEV_CLI_CLIENT + " in the deploy realm lacks the client scope "
          + AUDIENCE_SCOPE);
    }

    ObjectNode shortLived = passwordGrantClient(KeycloakServer.SHORT_LIVED_CLIENT,
        "TEST ONLY (added by the test kit, never deployed): access tokens live " + SHORT_LIVED_SECONDS
            + " s, for expired-token tests", scopes);
    ((ObjectNode) shortLived.get("attributes")).put("access.token.lifespan", Integer.toString(SHORT_LIVED_SECONDS));
    clients.add(shortLived);

    List<String> withoutAudience = new ArrayList<>(scopes);
    withoutAudience.remove(AUDIENCE_SCOPE);
    clients.add(passwordGrantClient(KeycloakServer.NO_AUDIENCE_CLIENT,
        "TEST ONLY (added by the test kit, never deployed): tokens without the " + KeycloakServer.AUDIENCE
            + " audience, for wrong-audience tests", withoutAudience));
  }

  static ObjectNode otherRealm(ObjectNode realm) {
    ObjectNode other = JSON.createObjectNode();
    other.put("realm", KeycloakServer.OTHER_REALM);
    other.put("displayName", "XinQiao other realm (TEST ONLY)");
    other.put("enabled", true);
    other.put("sslRequired", "external");
    other.put("accessTokenLifespan", realm.path("accessTokenLifespan").asInt(300));
    other.put("registrationAllowed", false);
    // no "clientScopes": Keycloak creates its built-in client scopes for this realm
    ArrayNode roles = other.putObject("roles").putArray("realm");
    for (JsonNode role : realm.path("roles").path("realm")) {
      ObjectNode copy = roles.addObject();
      copy.put("name", role.path("name").asString());
      copy.put("description", role.path("description").asString(""));
    }

    ObjectNode cli = other.putArray("clients").addObject();
    cli.put("clientId", KeycloakServer.DEV_CLI_CLIENT);
    cli.put("description", "TEST ONLY: password grant in the second realm, for wrong-issuer tests");
    cli.put("enabled", true);
    cli.put("protocol", "openid-connect");
    cli.put("publicClient", true);
    cli.put("standardFlowEnabled", false);
    cli.put("implicitFlowEnabled", false);
    cli.put("directAccessGrantsEnabled", true);
    cli.put("serviceAccountsEnabled", false);
    ArrayNode mappers = cli.putArray("protocolMappers");
    for (JsonNode mapper : audienceScope(realm).path("protocolMappers")) {
      mappers.add(mapper.deepCopy());
    }

    ObjectNode user = other.putArray("users").addObject();
    user.put("username", DemoUsers.OPS_OTHER);
    user.put("enabled", true);
    user.put("emailVerified", true);
    user.put("email", DemoUsers.OPS_OTHER + "@demo.xinqiao.invalid");
    user.put("firstName", "Other");
    user.put("lastName", "Ops");
    user.putObject("attributes").putArray("dev_only").add("true");
    ObjectNode credential = user.putArray("credentials").addObject();
    credential.put("type", "password");
    credential.put("value", DemoUsers.PASSWORD);
    credential.put("temporary", false);
    user.putArray("requiredActions");
    user.putArray("realmRoles").add("ops");
    return other;
  }

  private static ObjectNode passwordGrantClient(String clientId, String description, List<String> scopes) {
    ObjectNode c = JSON.createObjectNode();
    c.put("clientId", clientId);
    c.put("description", description);
    c.put("enabled", true);
    c.put("protocol", "openid-connect");
    c.put("publicClient", true);
    c.put("standardFlowEnabled", false);
    c.put("implicitFlowEnabled", false);
    c.put("directAccessGrantsEnabled", true);
    c.put("serviceAccountsEnabled", false);
    c.put("fullScopeAllowed", true);
    c.putObject("attributes");
    ArrayNode defaults = c.putArray("defaultClientScopes");
    scopes.forEach(defaults::add);
    c.putArray("optionalClientScopes");
    return c;
  }

  static ObjectNode client(JsonNode realm, String clientId) {
    for (JsonNode c : realm.path("clients")) {
      if (clientId.equals(c.path("clientId").asString())) {
        return (ObjectNode) c;
      }
    }
    throw new IllegalStateException("client " + clientId + " not found in realm " + realm.path("realm").asString());
  }

  private static JsonNode audienceScope(JsonNode realm) {
    for (JsonNode s : realm.path("clientScopes")) {
      if (AUDIENCE_SCOPE.equals(s.path("name").asString())) {
        return s;
      }
    }
    throw new IllegalStateException("client scope " + AUDIENCE_SCOPE + " not found in the deploy realm");
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      for (JsonNode n : array) {
        out.add(n.asString());
      }
    }
    return out;
  }
}
