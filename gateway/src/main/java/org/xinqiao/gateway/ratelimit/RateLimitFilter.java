package org.xinqiao.gateway.ratelimit;

import java.security.Principal;
import java.util.Optional;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Route filter that charges one token to the calling client and refuses with 429 when its bucket
 * is empty. It runs after authentication, so the client comes from a validated token. Routes that
 * must never be limited (crisis self-reports) simply do not carry it; see the route table.
 */
public class RateLimitFilter implements GatewayFilter {

  static final String REMAINING_HEADER = "X-RateLimit-Remaining";
  static final String LIMIT_HEADER = "X-RateLimit-Limit";

  private final ClientRateLimiter limiter;

  public RateLimitFilter(ClientRateLimiter limiter) {
    this.limiter = limiter;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
    return exchange.getPrincipal()
        .flatMap(principal -> Mono.justOrEmpty(clientOf(principal)))
        .flatMap(client -> {
          TokenBucket.Decision decision = limiter.tryConsume(client);
          if (!decision.allowed()) {
            return Mono.error(new RateLimitedException(client, decision.retryAfterSeconds()));
          }
          exchange.getResponse().getHeaders()
              .set(LIMIT_HEADER, Long.toString(limiter.capacityOf(client)));
          exchange.getResponse().getHeaders()
              .set(REMAINING_HEADER, Long.toString(decision.remaining()));
          return Mono.just(client);
        })
        .then(Mono.defer(() -> chain.filter(exchange)));
  }

  private static Optional<String> clientOf(Principal principal) {
    if (principal instanceof JwtAuthenticationToken token) {
      return ClientKeys.of(token.getToken());
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "RateLimitFilter";
  }
}
