package org.xinqiao.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.xinqiao.testkit.jwt.TestJwtIssuer;
import org.xinqiao.testkit.support.ShiftableClock;
import reactor.core.publisher.Mono;

/** Tokens signed by a real RSA key and verified against its key set served over HTTP. */
class VerifiedTokenCacheTest {

  private static final TestJwtIssuer ISSUER = TestJwtIssuer.shared();
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final ShiftableClock clock = new ShiftableClock();
  private final SecurityProperties properties =
      new SecurityProperties(ISSUER.issuerUri(), ISSUER.jwksUri(), TestJwtIssuer.AUDIENCE, Duration.ZERO, 3);
  private final OAuth2TokenValidator<Jwt> claims = SecurityConfig.claimsValidator(properties, clock);
  private final AtomicInteger verifications = new AtomicInteger();
  private final VerifiedTokenCache cache = new VerifiedTokenCache(counting(verifier()), claims, 3, clock);

  @Test
  void aTokenIsVerifiedOnceAndThenServedFromMemory() {
    String token = ISSUER.token("client-1", "client").sign();

    Jwt first = cache.decode(token).block(TIMEOUT);
    Jwt second = cache.decode(token).block(TIMEOUT);

    assertThat(second).isSameAs(first);
    assertThat(verifications).hasValue(1);
  }

  @Test
  void aRememberedTokenIsRefusedOnceItExpires() {
    String token = ISSUER.token("client-1", "client").issuedAt(clock.instant(), Duration.ofMinutes(5)).sign();
    cache.decode(token).block(TIMEOUT);

    clock.advance(Duration.ofMinutes(5).plusSeconds(1));

    assertThatThrownBy(() -> cache.decode(token).block(TIMEOUT))
        .isInstanceOf(JwtValidationException.class)
        .hasMessageContaining("expired");
    assertThat(cache.size()).isZero();
  }

  @Test
  void aTokenDifferingOnlyInItsSignatureIsVerifiedAndRefused() {
    String token = ISSUER.token("client-1", "client").sign();
    cache.decode(token).block(TIMEOUT);
    String tampered = token.substring(0, token.length() - 4)
        + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

    assertThatThrownBy(() -> cache.decode(tampered).block(TIMEOUT)).isInstanceOf(BadJwtException.class);
    assertThat(verifications).hasValue(2);
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void otherSpellingsOfAVerifiedTokenAreNeverRemembered() {
    String token = ISSUER.token("client-1", "client").sign();
    cache.decode(token).block(TIMEOUT);
    String signature = token.substring(token.lastIndexOf('.') + 1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    int last = alphabet.indexOf(signature.charAt(signature.length() - 1));
    // a 256-byte signature leaves 4 spare bits in its last character: lenient decoders ignore them
    String spareBits = token.substring(0, token.length() - 1) + alphabet.charAt(last | 1);
    List<String> spellings = List.of(token + "~", token + "==", token.replace('-', '+').replace('_', '/'), spareBits);

    for (String spelling : spellings) {
      try {
        cache.decode(spelling).block(TIMEOUT);
      } catch (RuntimeException refused) {
        // refused or accepted: either way it must not take a place in memory
      }
    }

    assertThat(cache.size()).isEqualTo(1);
    assertThat(verifications).hasValue(1 + spellings.size());
  }

  @Test
  void onlyCanonicalCompactTokensQualify() {
    String token = ISSUER.token("client-1", "client").sign();

    assertThat(VerifiedTokenCache.canonical(token)).isTrue();
    assertThat(VerifiedTokenCache.canonical(token + "=")).isFalse();
    assertThat(VerifiedTokenCache.canonical(token + ".x")).isFalse();
    assertThat(VerifiedTokenCache.canonical("a..c")).isFalse();
    assertThat(VerifiedTokenCache.canonical(token.substring(0, token.lastIndexOf('.') + 1))).isFalse();
    assertThat(VerifiedTokenCache.canonical("a.b." + "A".repeat(VerifiedTokenCache.MAX_TOKEN_LENGTH))).isFalse();
  }

  @Test
  void aTokenOfAnotherTypeIsRefused() {
    Jwt logoutToken = Jwt.withTokenValue("t").header("alg", "RS256").header("typ", "logout+jwt")
        .issuer(ISSUER.issuerUri()).audience(List.of(TestJwtIssuer.AUDIENCE))
        .issuedAt(clock.instant()).expiresAt(clock.instant().plusSeconds(60)).build();

    assertThat(claims.validate(logoutToken).hasErrors()).isTrue();
  }

  @Test
  void aTokenWithTheWrongAudienceIsNeverRemembered() {
    String token = ISSUER.token("client-1", "client").audience("another-api").sign();

    assertThatThrownBy(() -> cache.decode(token).block(TIMEOUT)).isInstanceOf(JwtValidationException.class);
    assertThatThrownBy(() -> cache.decode(token).block(TIMEOUT)).isInstanceOf(JwtValidationException.class);
    assertThat(verifications).hasValue(2);
    assertThat(cache.size()).isZero();
  }

  @Test
  void memoryIsBoundedAndExpiredTokensMakeRoom() {
    for (int i = 0; i < 3; i++) {
      cache.decode(ISSUER.token("old-" + i, "client").issuedAt(clock.instant(), Duration.ofMinutes(1)).sign())
          .block(TIMEOUT);
    }
    String extra = ISSUER.token("extra", "client").issuedAt(clock.instant(), Duration.ofMinutes(5)).sign();
    cache.decode(extra).block(TIMEOUT);
    assertThat(cache.size()).isEqualTo(3);

    clock.advance(Duration.ofMinutes(2));
    cache.decode(extra).block(TIMEOUT);

    assertThat(cache.size()).isEqualTo(1);
    cache.decode(extra).block(TIMEOUT);
    assertThat(verifications).hasValue(5);
  }

  private ReactiveJwtDecoder verifier() {
    NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(ISSUER.jwksUri())
        .jwsAlgorithm(SignatureAlgorithm.RS256).build();
    decoder.setJwtValidator(claims);
    return decoder;
  }

  private ReactiveJwtDecoder counting(ReactiveJwtDecoder delegate) {
    return token -> Mono.defer(() -> {
      verifications.incrementAndGet();
      return delegate.decode(token);
    });
  }
}
