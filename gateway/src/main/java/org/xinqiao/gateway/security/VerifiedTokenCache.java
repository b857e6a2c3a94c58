package org.xinqiao.gateway.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers tokens whose signature has been verified, so that a client's next requests with the
 * same token skip parsing and signature verification (most of the gateway's CPU per request). The
 * key is the complete token text, signature included: a token that differs in any character is a
 * different key and goes through full verification. On every hit the claims are validated again
 * (expiry with the clock skew, issuer, audience, type), so a cached token stops working the moment
 * it expires. Only tokens with an expiry are remembered; failures never are.
 *
 * <p>Only tokens in canonical compact form are remembered: three parts of unpadded base64url, the
 * signature part exactly as its bytes encode, at most {@value #MAX_TOKEN_LENGTH} characters. The
 * JOSE library decodes leniently (it skips unknown characters and ignores the spare bits of the
 * last one), so one signed token has many spellings that all verify; were they remembered, one
 * token could fill the memory meant for everybody's.
 *
 * <p>A token stays usable until it expires (5 minutes for the realm's access tokens) even if its
 * signing key is withdrawn from the key set meanwhile, the same window that every service's own
 * key cache already has. Memory is bounded by {@code maxEntries}: when full, expired entries are
 * dropped (at most once a second) and new tokens are verified without being remembered.
 */
final class VerifiedTokenCache implements ReactiveJwtDecoder {

  static final int MAX_TOKEN_LENGTH = 4096;
  private static final long PURGE_INTERVAL_MILLIS = 1_000;

  private final ReactiveJwtDecoder verifier;
  private final OAuth2TokenValidator<Jwt> validator;
  private final int maxEntries;
  private final Clock clock;
  private final Map<String, Jwt> verified = new ConcurrentHashMap<>();
  private final AtomicLong nextPurge = new AtomicLong();

  VerifiedTokenCache(ReactiveJwtDecoder verifier, OAuth2TokenValidator<Jwt> validator, int maxEntries,
      Clock clock) {
    this.verifier = verifier;
    this.validator = validator;
    this.maxEntries = maxEntries;
    this.clock = clock;
  }

  @Override
  public Mono<Jwt> decode(String token) {
    Jwt known = verified.get(token);
    if (known == null) {
      return verifier.decode(token).doOnNext(jwt -> remember(token, jwt));
    }
    OAuth2TokenValidatorResult result = validator.validate(known);
    if (result.hasErrors()) {
      verified.remove(token, known);
      return Mono.error(new JwtValidationException(
          result.getErrors().iterator().next().getDescription(), result.getErrors()));
    }
    return Mono.just(known);
  }

  int size() {
    return verified.size();
  }

  private void remember(String token, Jwt jwt) {
    if (jwt.getExpiresAt() == null || maxEntries <= 0 || !canonical(token)) {
      return;
    }
    if (verified.size() >= maxEntries) {
      purgeExpired();
      if (verified.size() >= maxEntries) {
        return;
      }
    }
    verified.put(token, jwt);
  }

  /** Three non-empty parts of unpadded base64url, the last exactly the encoding of its bytes. */
  static boolean canonical(String token) {
    if (token.length() > MAX_TOKEN_LENGTH) {
      return false;
    }
    int first = token.indexOf('.');
    int second = token.indexOf('.', first + 1);
    if (first <= 0 || second <= first + 1 || second == token.length() - 1
        || token.indexOf('.', second + 1) >= 0) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      boolean base64url = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_';
      if (!base64url && c != '.') {
        return false;
      }
    }
    String signature = token.substring(second + 1);
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(signature);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(signature);
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
  }

  private void purgeExpired() {
    long now = clock.millis();
    long due = nextPurge.get();
    if (now < due || !nextPurge.compareAndSet(due, now + PURGE_INTERVAL_MILLIS)) {
      return;
    }
    Instant instant = Instant.ofEpochMilli(now);
    verified.values().removeIf(jwt -> jwt.getExpiresAt().isBefore(instant));
  }
}
