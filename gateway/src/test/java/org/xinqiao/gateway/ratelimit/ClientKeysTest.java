package org.xinqiao.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class ClientKeysTest {

  @Test
  void prefersTheAuthorisedParty() {
    assertThat(ClientKeys.of(jwt(Map.of("azp", "demo-partner-app", "client_id", "x", "sub", "u"))))
        .contains("demo-partner-app");
  }

  @Test
  void fallsBackToClientIdThenSubject() {
    assertThat(ClientKeys.of(jwt(Map.of("client_id", "cli", "sub", "u")))).contains("cli");
    assertThat(ClientKeys.of(jwt(Map.of("sub", "user-1")))).contains("user-1");
    assertThat(ClientKeys.of(jwt(Map.of("azp", " ", "sub", "user-1")))).contains("user-1");
  }

  @Test
  void theMetricTagIsTheClientNeverThePerson() {
    assertThat(ClientKeys.clientTag(jwt(Map.of("azp", "demo-partner-app", "sub", "u")))).isEqualTo("demo-partner-app");
    assertThat(ClientKeys.clientTag(jwt(Map.of("client_id", "cli", "sub", "u")))).isEqualTo("cli");
    assertThat(ClientKeys.clientTag(jwt(Map.of("sub", "user-1")))).isEqualTo("none");
  }

  private static Jwt jwt(Map<String, Object> claims) {
    return Jwt.withTokenValue("t")
        .header("alg", "RS256")
        .claims(c -> c.putAll(claims))
        .issuedAt(Instant.parse("2025-01-01T00:00:00Z"))
        .build();
  }
}
