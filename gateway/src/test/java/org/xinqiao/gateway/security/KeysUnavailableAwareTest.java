package org.xinqiao.gateway.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtException;
import reactor.core.publisher.Mono;

class KeysUnavailableAwareTest {

  @Test
  void anUnreachableKeySetBecomesAnAuthenticationServiceFailure() {
    KeysUnavailableAware decoder = new KeysUnavailableAware(
        token -> Mono.error(new IllegalStateException("Could not obtain the keys")));

    assertThatThrownBy(() -> decoder.decode("t").block(Duration.ofSeconds(5)))
        .isExactlyInstanceOf(JwtException.class)
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void aBadTokenStaysABadToken() {
    KeysUnavailableAware decoder = new KeysUnavailableAware(
        token -> Mono.error(new BadJwtException("Signed JWT rejected: Invalid signature")));

    assertThatThrownBy(() -> decoder.decode("t").block(Duration.ofSeconds(5)))
        .isExactlyInstanceOf(BadJwtException.class);
  }
}
