package org.xinqiao.testkit.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real access tokens from a test Keycloak, fetched over HTTP. Tokens are cached per (realm, client,
 * user) until {@value #REFRESH_MARGIN_SECONDS} s before they expire, so tests do not hammer Keycloak;
 * a token that lives shorter than that (the short-lived test client) is fetched anew every time.
 * Thread-safe.
 */
public final class KeycloakTokens {

  static final long REFRESH_MARGIN_SECONDS = 30;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String baseUrl;
  private final HttpClient http;
  private final Clock clock;
  private final Map<Key, Cached> cache = new ConcurrentHashMap<>();

  private record Key(String realm, String clientId, String principal, String grant) {}

  private record Cached(String accessToken, Instant refreshAfter) {}

  KeycloakTokens(String baseUrl) {
    this(baseUrl, Clock.systemUTC());
  }

  KeycloakTokens(String baseUrl, Clock clock) {
    this.baseUrl = Objects.requireNonNull(baseUrl);
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** Access token of a demo user of realm {@code xinqiao}: password grant via {@code xinqiao-dev-cli}. */
  public String user(String username) {
    return user(KeycloakServer.REALM, KeycloakServer.DEV_CLI_CLIENT, username);
  }

  /** Access token of a demo user (password {@link DemoUsers#PASSWORD}) via a public password-grant client. */
  public String user(String realm, String clientId, String username) {
    return cached(new Key(realm, clientId, username, "password"), () -> form(
        "grant_type", "password",
        "client_id", clientId,
        "username", username,
        "password", DemoUsers.PASSWORD,
        "scope", "openid"));
  }

  /** Access token of the demo partner app {@value DemoUsers#PARTNER_CLIENT_ID} (role partner, partner_id partner-demo). */
  public String partner() {
    return clientCredentials(DemoUsers.PARTNER_CLIENT_ID, DemoUsers.PARTNER_SECRET);
  }

  /** Access token of the second demo partner app {@value DemoUsers#PARTNER_2_CLIENT_ID} (partner_id partner-two). */
  public String partner2() {
    return clientCredentials(DemoUsers.PARTNER_2_CLIENT_ID, DemoUsers.PARTNER_2_SECRET);
  }

  /** Access token of a confidential client of realm {@code xinqiao}: client-credentials grant. */
  public String clientCredentials(String clientId, String secret) {
    return clientCredentials(KeycloakServer.REALM, clientId, secret);
  }

  /** Access token of a confidential client: client-credentials grant. */
  public String clientCredentials(String realm, String clientId, String secret) {
    return cached(new Key(realm, clientId, clientId, "client_credentials"), () -> form(
        "grant_type", "client_credentials",
        "client_id", clientId,
        "client_secret", secret));
  }

  /**
   * One uncached request to a realm's token endpoint with the given form fields, answered as is
   * (for tests of refused grants: wrong secret, a client without direct grants, ...).
   */
  public HttpResponse<String> tokenRequest(String realm, Map<String, String> form) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUri(realm)))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
        .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("token request to " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while asking " + request.uri() + " for a token", e);
    }
  }

  /** The token endpoint of a realm. */
  public String tokenUri(String realm) {
    return baseUrl + "/realms/" + realm + "/protocol/openid-connect/token";
  }

  /** Forgets every cached token. */
  public void clearCache() {
    cache.clear();
  }

  /**
   * The claims of a JWT, decoded WITHOUT verifying its signature: for assertions in tests only,
   * never for trusting a token.
   */
  public static Map<String, Object> unverifiedClaims(String jwt) {
    String[] parts = jwt.split("\\.");
    if (parts.length < 2) {
      throw new IllegalArgumentException("not a JWT");
    }
    byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
    return JSON.readValue(payload, new TypeReference<Map<String, Object>>() {});
  }

  private String cached(Key key, java.util.function.Supplier<Map<String, String>> form) {
    Instant now = clock.instant();
    Cached hit = cache.get(key);
    if (hit != null && now.isBefore(hit.refreshAfter())) {
      return hit.accessToken();
    }
    HttpResponse<String> response = tokenRequest(key.realm(), form.get());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Keycloak refused a " + key.grant() + " token for " + key.principal()
          + " (realm " + key.realm() + ", client " + key.clientId() + "): HTTP " + response.statusCode() + " "
          + response.body());
    }
    JsonNode body = JSON.readTree(response.body());
    String token = body.path("access_token").asString(null);
    if (token == null) {
      throw new IllegalStateException("no access_token in Keycloak's answer: " + response.body());
    }
    long expiresIn = body.path("expires_in").asLong(0);
    Instant refreshAfter = now.plusSeconds(expiresIn - REFRESH_MARGIN_SECONDS);
    if (refreshAfter.isAfter(now)) {
      cache.put(key, new Cached(token, refreshAfter));
    } else {
      cache.remove(key);
    }
    return token;
  }

  private static Map<String, String> form(String... keyValues) {
    Map<String, String> form = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      form.put(keyValues[i], keyValues[i + 1]);
    }
    return form;
  }

  private static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
