package org.xinqiao.launcher.net;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Access tokens from the local Keycloak (realm xinqiao), cached until shortly before they expire. */
public final class Tokens {

  public static final String REALM = "xinqiao";
  public static final String DEV_CLI = "xinqiao-dev-cli";
  public static final String DEMO_PASSWORD = "demo-password";

  private final Http keycloak;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(String token, Instant refreshAfter) {}

  public Tokens(String keycloakUrl) {
    this.keycloak = Http.at(keycloakUrl);
  }

  /** A demo user's token (password grant through the dev-only CLI client). */
  public String user(String username) {
    return cached("user:" + username, "grant_type=password&client_id=" + DEV_CLI + "&scope=openid&username="
        + enc(username) + "&password=" + enc(DEMO_PASSWORD));
  }

  /** A partner app's token (client credentials). */
  public String client(String clientId, String secret) {
    return cached("client:" + clientId, "grant_type=client_credentials&client_id=" + enc(clientId)
        + "&client_secret=" + enc(secret));
  }

  public void forget() {
    cache.clear();
  }

  private String cached(String key, String form) {
    Cached hit = cache.get(key);
    if (hit != null && Instant.now().isBefore(hit.refreshAfter())) {
      return hit.token();
    }
    Http.Response r = keycloak.form("/realms/" + REALM + "/protocol/openid-connect/token", form);
    if (r.status() != 200) {
      throw new IllegalStateException("Keycloak refused a token for " + key + ": " + r);
    }
    String token = r.json().path("access_token").asString();
    long expiresIn = r.json().path("expires_in").asLong(60);
    cache.put(key, new Cached(token, Instant.now().plusSeconds(Math.max(0, expiresIn - 30))));
    return token;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
