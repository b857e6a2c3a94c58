package org.xinqiao.launcher.net;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keycloak's admin REST API as the master realm's {@code admin} (password grant via {@code admin-cli}):
 * creates the seeded clinic administrators and points demo users at ids the network generated.
 */
public final class KeycloakAdmin {

  private final Http keycloak;
  private final String password;
  private String token;

  public KeycloakAdmin(String keycloakUrl, String adminPassword) {
    this.keycloak = Http.at(keycloakUrl);
    this.password = adminPassword;
  }

  private Http api() {
    if (token == null) {
      Http.Response r = keycloak.form("/realms/master/protocol/openid-connect/token",
          "grant_type=password&client_id=admin-cli&username=admin&password=" + Tokens.enc(password));
      if (r.status() != 200) {
        throw new IllegalStateException("Keycloak refused the master realm's admin (" + r + "). The bootstrap admin's "
            + "password is set only when Keycloak creates its database: if target/keycloak/keycloak-<version>/data/h2 was "
            + "created by another run (the test kit uses the same distribution with a random password), stop ./xq, "
            + "delete that folder and start again, or pass the password as the third argument");
      }
      token = r.json().path("access_token").asString();
    }
    return keycloak.bearer(token);
  }

  /** Re-login on the next call (admin tokens of the master realm live 60 s). */
  public void relogin() {
    token = null;
  }

  /** The user, or null. */
  public JsonNode find(String username) {
    Http.Response r = call(() -> api().get("/admin/realms/" + Tokens.REALM + "/users?exact=true&briefRepresentation=false&username="
        + Tokens.enc(username)));
    if (r.status() != 200) {
      throw new IllegalStateException("cannot look up " + username + ": " + r);
    }
    return r.json().isEmpty() ? null : r.json().get(0);
  }

  /**
   * Makes sure a user exists with this realm role, names, e-mail, the demo password and these
   * attributes; changes nothing when it already does. Answers "created", "updated" or "unchanged".
   */
  public String ensureUser(String username, String firstName, String lastName, String role,
      Map<String, String> attributes) {
    JsonNode existing = find(username);
    if (existing == null) {
      Map<String, Object> rep = new LinkedHashMap<>();
      rep.put("username", username);
      rep.put("enabled", true);
      rep.put("email", username + "@demo.xinqiao.invalid");
      rep.put("emailVerified", true);
      rep.put("firstName", firstName);
      rep.put("lastName", lastName);
      Map<String, List<String>> attrs = new LinkedHashMap<>();
      attributes.forEach((k, v) -> attrs.put(k, List.of(v)));
      attrs.put("dev_only", List.of("true"));
      rep.put("attributes", attrs);
      rep.put("credentials", List.of(Map.of("type", "password", "value", Tokens.DEMO_PASSWORD, "temporary", false)));
      Http.Response created = call(() -> api().post("/admin/realms/" + Tokens.REALM + "/users", rep));
      if (created.status() != 201) {
        throw new IllegalStateException("cannot create " + username + ": " + created);
      }
      existing = find(username);
      grantRole(existing.path("id").asString(), role);
      return "created";
    }
    boolean changed = setAttributes(existing, attributes);
    String id = existing.path("id").asString();
    Http.Response roles = call(() -> api().get("/admin/realms/" + Tokens.REALM + "/users/" + id + "/role-mappings/realm"));
    boolean hasRole = false;
    for (JsonNode r : roles.json()) {
      hasRole |= role.equals(r.path("name").asString());
    }
    if (!hasRole) {
      grantRole(id, role);
      changed = true;
    }
    return changed ? "updated" : "unchanged";
  }

  /** Sets these attributes of an existing user, keeping the others; false when they were already so. */
  public boolean setAttributes(String username, Map<String, String> attributes) {
    JsonNode user = find(username);
    if (user == null) {
      throw new IllegalStateException("no user " + username + " in realm " + Tokens.REALM);
    }
    return setAttributes(user, attributes);
  }

  private boolean setAttributes(JsonNode user, Map<String, String> attributes) {
    ObjectNode updated = (ObjectNode) user;
    ObjectNode attrs = updated.path("attributes").isObject() ? (ObjectNode) updated.get("attributes")
        : updated.putObject("attributes");
    boolean same = true;
    for (var e : attributes.entrySet()) {
      JsonNode now = attrs.path(e.getKey());
      same &= now.isArray() && now.size() == 1 && Objects.equals(now.get(0).asString(), e.getValue());
    }
    if (same) {
      return false;
    }
    attributes.forEach((k, v) -> attrs.set(k, Http.JSON.valueToTree(List.of(v))));
    Http.Response r = call(() -> api().put("/admin/realms/" + Tokens.REALM + "/users/" + user.path("id").asString(), updated));
    if (r.status() != 204) {
      throw new IllegalStateException("cannot update " + user.path("username").asString() + ": " + r);
    }
    return true;
  }

  private void grantRole(String userId, String role) {
    Http.Response roleRep = call(() -> api().get("/admin/realms/" + Tokens.REALM + "/roles/" + Tokens.enc(role)));
    if (roleRep.status() != 200) {
      throw new IllegalStateException("no realm role " + role + ": " + roleRep);
    }
    Http.Response r = call(() -> api().post("/admin/realms/" + Tokens.REALM + "/users/" + userId + "/role-mappings/realm",
        List.of(roleRep.json())));
    if (r.status() != 204) {
      throw new IllegalStateException("cannot grant " + role + ": " + r);
    }
  }

  private Http.Response call(java.util.function.Supplier<Http.Response> request) {
    Http.Response r = request.get();
    if (r.status() == 401) {
      relogin();
      r = request.get();
    }
    return r;
  }
}
