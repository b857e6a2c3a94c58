package org.xinqiao.testkit.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinqiao.testkit.support.Infra;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped realm has what the services rely on, and the test extras stay out of it. */
class KeycloakRealmsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static JsonNode deployRealm() throws Exception {
    return JSON.readTree(Files.readString(KeycloakRealms.deployRealm(Infra.root())));
  }

  private static List<String> names(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(field).asString()));
    return out;
  }

  @Test
  void deployRealmHasTheRolesTokenSettingsAndClients() throws Exception {
    JsonNode realm = deployRealm();

    assertThat(realm.path("realm").asString()).isEqualTo("xinqiao");
    assertThat(realm.path("sslRequired").asString()).isEqualTo("external");
    assertThat(realm.path("accessTokenLifespan").asInt()).isEqualTo(300);
    assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
    assertThat(names(realm.path("roles").path("realm"), "name")).containsExactlyInAnyOrder("client", "partner",
        "counselor", "supervisor", "clinic-admin", "crisis-responder", "ops", "auditor");
    assertThat(names(realm.path("clients"), "clientId")).containsExactlyInAnyOrder("demo-partner-app",
        "demo-partner-app-2", "xinqiao-web", "xinqiao-dev-cli");
    for (JsonNode client : realm.path("clients")) {
      List<String> scopes = new ArrayList<>();
      client.path("defaultClientScopes").forEach(s -> scopes.add(s.asString()));
      assertThat(scopes).as(client.path("clientId").asString())
          .contains("xinqiao-api-audience", "xinqiao-claims", "roles", "basic");
    }

    JsonNode web = KeycloakRealms.client(realm, "xinqiao-web");
    assertThat(web.path("publicClient").asBoolean()).isTrue();
    assertThat(web.path("directAccessGrantsEnabled").asBoolean()).isFalse();
    assertThat(web.path("attributes").path("pkce.code.challenge.method").asString()).isEqualTo("S256");
    assertThat(KeycloakRealms.client(realm, "xinqiao-dev-cli").path("description").asString()).contains("DEV ONLY");
    JsonNode partner = KeycloakRealms.client(realm, "demo-partner-app");
    assertThat(partner.path("serviceAccountsEnabled").asBoolean()).isTrue();
    assertThat(partner.path("standardFlowEnabled").asBoolean()).isFalse();
    assertThat(partner.path("directAccessGrantsEnabled").asBoolean()).isFalse();
    assertThat(partner.path("secret").asString()).isEqualTo("demo-partner-secret");
  }

  @Test
  void demoUsersAreCompleteAndMarkedDevOnly() throws Exception {
    Map<String, JsonNode> users = new HashMap<>();
    deployRealm().path("users").forEach(u -> users.put(u.path("username").asString(), u));

    assertThat(users.keySet()).containsAll(DemoUsers.all());
    for (String username : DemoUsers.all()) {
      JsonNode u = users.get(username);
      assertThat(u.path("enabled").asBoolean()).as(username).isTrue();
      assertThat(u.path("emailVerified").asBoolean()).as(username).isTrue();
      assertThat(u.path("email").asString()).as(username).isNotBlank();
      assertThat(u.path("firstName").asString()).as(username).isNotBlank();
      assertThat(u.path("lastName").asString()).as(username).isNotBlank();
      assertThat(u.path("requiredActions").isEmpty()).as(username).isTrue();
      assertThat(u.path("attributes").path("dev_only").path(0).asString()).as(username).isEqualTo("true");
      assertThat(u.path("realmRoles").path(0).asString()).as(username).isEqualTo(DemoUsers.roleOf(username));
      JsonNode credential = u.path("credentials").path(0);
      assertThat(credential.path("value").asString()).isEqualTo(DemoUsers.PASSWORD);
      assertThat(credential.path("temporary").asBoolean()).isFalse();
    }
  }

  @Test
  void userProfileKeepsTheAccessAttributesAdminOnly() throws Exception {
    JsonNode component = deployRealm().path("components").path("org.keycloak.userprofile.UserProfileProvider").path(0);
    JsonNode profile = JSON.readTree(component.path("config").path("kc.user.profile.config").path(0).asString());

    Map<String, JsonNode> attributes = new HashMap<>();
    profile.path("attributes").forEach(a -> attributes.put(a.path("name").asString(), a));
    for (String name : List.of("partner_id", "clinic_id", "region_code", "team_id", "counselor_id", "pseudonym_id")) {
      assertThat(attributes).containsKey(name);
      assertThat(attributes.get(name).path("permissions").path("edit").toString()).isEqualTo("[\"admin\"]");
    }
    assertThat(profile.path("unmanagedAttributePolicy").asString()).isEqualTo("ADMIN_EDIT");
  }

  @Test
  void testExtrasGoIntoTheMergedFilesOnly(@TempDir Path folder) throws Exception {
    String before = Files.readString(KeycloakRealms.deployRealm(Infra.root()));
    List<Path> files = KeycloakRealms.write(Infra.root(), folder);

    assertThat(Files.readString(KeycloakRealms.deployRealm(Infra.root()))).isEqualTo(before);
    assertThat(before).doesNotContain("xinqiao-test-", "xinqiao-other");
    JsonNode merged = JSON.readTree(Files.readString(files.get(0)));
    JsonNode shortLived = KeycloakRealms.client(merged, KeycloakServer.SHORT_LIVED_CLIENT);
    assertThat(shortLived.path("attributes").path("access.token.lifespan").asString()).isEqualTo("2");
    assertThat(shortLived.path("defaultClientScopes").toString()).contains("xinqiao-api-audience");
    JsonNode noAudience = KeycloakRealms.client(merged, KeycloakServer.NO_AUDIENCE_CLIENT);
    assertThat(noAudience.path("defaultClientScopes").toString()).doesNotContain("xinqiao-api-audience")
        .contains("roles");

    JsonNode other = JSON.readTree(Files.readString(files.get(1)));
    assertThat(other.path("realm").asString()).isEqualTo(KeycloakServer.OTHER_REALM);
    assertThat(names(other.path("roles").path("realm"), "name")).contains("ops", "client", "partner");
    JsonNode cli = KeycloakRealms.client(other, KeycloakServer.DEV_CLI_CLIENT);
    assertThat(cli.path("directAccessGrantsEnabled").asBoolean()).isTrue();
    assertThat(cli.path("protocolMappers").toString()).contains("oidc-audience-mapper", "xinqiao-api");
    assertThat(other.path("users").path(0).path("username").asString()).isEqualTo(DemoUsers.OPS_OTHER);
  }
}
