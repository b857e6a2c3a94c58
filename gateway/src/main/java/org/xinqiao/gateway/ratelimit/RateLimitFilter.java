package org.xinqiao.gateway.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
 * must never be limited (crisis self-reports) simply do not carry it; see the route table. Each
 * refusal counts in {@code xinqiao.gateway.rate.limited} tagged with the client (a client of the
 * realm, so the tag's values are few), for ops to see which partner app hits its limit.
 */
public class RateLimitFilter implements GatewayFilter {

  static final String REMAINING_HEADER = "X-RateLimit-Remaining";
  static final String LIMIT_HEADER = "X-RateLimit-Limit";

  private final ClientRateLimiter limiter;
  private final MeterRegistry meters;

  public RateLimitFilter(ClientRateLimiter limiter, MeterRegistry meters) {
    this.limiter = limiter;
    this.meters = meters;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
    return exchange.getPrincipal()
        .flatMap(principal -> Mono.justOrEmpty(clientOf(principal)))
        .flatMap(client -> {
          TokenBucket.Decision decision = limiter.tryConsume(client);
          if (!decision.allowed()) {
            Counter.builder("xinqiao.gateway.rate.limited")
                .description("Requests refused with 429 because the client's rate limit was used up")
                .tag("client", client)
                .register(meters)
                .increment();
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
