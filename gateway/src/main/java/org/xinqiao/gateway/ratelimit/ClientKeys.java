package org.xinqiao.gateway.ratelimit;

import java.util.Optional;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Whose quota a request uses: the OAuth client the token was issued to ({@code azp}, Keycloak's
 * authorised party), else {@code client_id}, else the subject.
 */
public final class ClientKeys {

  private ClientKeys() {}

  public static Optional<String> of(Jwt jwt) {
    for (String claim : new String[] {"azp", "client_id", "sub"}) {
      String value = jwt.getClaimAsString(claim);
      if (value != null && !value.isBlank()) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /**
   * The client for metric tags: {@code azp} or {@code client_id}, never the subject, so that the
   * tag holds the realm's few clients and not one value per person.
   */
  public static String clientTag(Jwt jwt) {
    for (String claim : new String[] {"azp", "client_id"}) {
      String value = jwt.getClaimAsString(claim);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return "none";
  }
}
