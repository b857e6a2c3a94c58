package org.xinqiao.kit.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service trusts access tokens: the issuer (Keycloak realm), where its signing keys are, the
 * audience every token must name, and the clock skew tolerated on expiry.
 *
 * @param issuerUri exact {@code iss} value, e.g. http://127.0.0.1:8180/realms/xinqiao
 * @param jwkSetUri the realm's key set; fetched lazily and cached, never once per request
 */
@ConfigurationProperties("xinqiao.security")
public record SecurityProperties(
    String issuerUri,
    String jwkSetUri,
    @DefaultValue("xinqiao-api") String audience,
    @DefaultValue("30s") Duration clockSkew) {

  public String effectiveJwkSetUri() {
    return jwkSetUri != null && !jwkSetUri.isBlank() ? jwkSetUri : issuerUri + "/protocol/openid-connect/certs";
  }
}
