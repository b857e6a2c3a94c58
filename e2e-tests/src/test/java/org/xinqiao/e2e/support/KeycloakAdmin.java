package org.xinqiao.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import org.xinqiao.testkit.keycloak.KeycloakServer;

/**
 * The Keycloak admin REST API as the master realm's bootstrap {@code admin} (password grant through
 * {@code admin-cli}): points demo users' attributes at ids the network generated. Cached tokens of
 * the test kit are dropped after every change, so the next token carries the new claims.
 */
public final class KeycloakAdmin {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final KeycloakServer keycloak;

  public KeycloakAdmin(KeycloakServer keycloak) {
    this.keycloak = keycloak;
  }

  /** Sets (replaces) these attributes of a user of realm {@code xinqiao}, keeping the others. */
  public void setAttributes(String username, Map<String, String> attributes) {
    String token = adminToken();
    JsonNode user = findUser(token, username);
    ObjectNode updated = (ObjectNode) user;
    ObjectNode attrs = updated.has("attributes") && updated.get("attributes").isObject()
        ? (ObjectNode) updated.get("attributes") : updated.putObject("attributes");
    attributes.forEach((k, v) -> attrs.set(k, JSON.valueToTree(List.of(v))));
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(usersUri() + "/" + user.get("id").asString()))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(updated))));
    if (r.statusCode() != 204) {
      throw new IllegalStateException("Keycloak refused to update " + username + ": " + r.statusCode() + " " + r.body());
    }
    keycloak.tokens().clearCache();
  }

  /** The user's attributes as Keycloak holds them. */
  public JsonNode user(String username) {
    return findUser(adminToken(), username);
  }

  private JsonNode findUser(String token, String username) {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(usersUri() + "?exact=true&briefRepresentation=false&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)))
        .header("Authorization", "Bearer " + token).GET());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("cannot look up " + username + ": " + r.statusCode() + " " + r.body());
    }
    JsonNode list = JSON.readTree(r.body());
    if (list.isEmpty()) {
      throw new IllegalStateException("no user " + username + " in realm " + KeycloakServer.REALM);
    }
    return list.get(0);
  }

  private String usersUri() {
    return keycloak.baseUrl() + "/admin/realms/" + KeycloakServer.REALM + "/users";
  }

  private String adminToken() {
    String form = "grant_type=password&client_id=admin-cli&username=admin&password="
        + URLEncoder.encode(keycloak.adminPassword(), StandardCharsets.UTF_8);
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(keycloak.baseUrl()
            + "/realms/master/protocol/openid-connect/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (r.statusCode() != 200) {
      throw new IllegalStateException("no admin token: " + r.statusCode() + " " + r.body());
    }
    return JSON.readTree(r.body()).get("access_token").asString();
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
