package org.xinqiao.gateway.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Tells "the token is bad" from "the keys could not be fetched". Nimbus reports an unreachable key
 * set as a plain {@link IllegalStateException}, which would surface as a 500; as a (non-"bad")
 * {@link JwtException} Spring Security treats it as an authentication service failure, which the
 * gateway answers 503: the caller's token may be fine, the identity provider is not reachable.
 */
final class KeysUnavailableAware implements ReactiveJwtDecoder {

  private final ReactiveJwtDecoder delegate;

  KeysUnavailableAware(ReactiveJwtDecoder delegate) {
    this.delegate = delegate;
  }

  @Override
  public Mono<Jwt> decode(String token) {
    return delegate.decode(token).onErrorMap(error -> !(error instanceof JwtException),
        error -> new JwtException("The token signing keys are unavailable", error));
  }
}
