package org.xinqiao.gateway.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which access tokens the gateway trusts ({@code xinqiao.security}).
 *
 * @param issuerUri the exact {@code iss} of the Keycloak realm
 * @param jwkSetUri the realm's signing keys; when empty, the realm's standard certs endpoint under
 *     the issuer. Keys are fetched on first use and cached, never once per request, and nothing is
 *     fetched at start-up (no discovery call), so the gateway starts while Keycloak is still down
 * @param audience a value that must be in the token's {@code aud}
 * @param clockSkew tolerance on {@code exp} and {@code nbf} for clocks that disagree a little
 * @param verifiedTokenCacheSize how many verified tokens to remember so that repeated requests with
 *     the same token skip signature verification (their claims are still checked every time); 0
 *     verifies every request in full
 */
@ConfigurationProperties("xinqiao.security")
public record SecurityProperties(
    @DefaultValue("http://127.0.0.1:8180/realms/xinqiao") String issuerUri,
    String jwkSetUri,
    @DefaultValue("xinqiao-api") String audience,
    @DefaultValue("30s") Duration clockSkew,
    @DefaultValue("10000") int verifiedTokenCacheSize) {

  public String effectiveJwkSetUri() {
    return jwkSetUri != null && !jwkSetUri.isBlank()
        ? jwkSetUri
        : issuerUri + "/protocol/openid-connect/certs";
  }
}
