package org.xinqiao.gateway.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.Principal;
import java.util.Optional;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Route filter that charges one token to the calling client and refuses with 429 when its bucket
 * is empty. It runs after authentication, so the client comes from a validated token. Routes that
 * must never be limited (crisis self-reports) simply do not carry it; see the route table. Each
 * refusal counts in {@code xinqiao.gateway.rate.limited} tagged with the token's client
 * ({@code azp}; never the subject, so the tag's values are the realm's few clients), for ops to
 * see which partner app hits its limit. Configured clients' counters exist from the start, so a
 * first refusal shows in a rate.
 */
public class RateLimitFilter implements GatewayFilter {

  static final String REMAINING_HEADER = "X-RateLimit-Remaining";
  static final String LIMIT_HEADER = "X-RateLimit-Limit";

  private final ClientRateLimiter limiter;
  private final MeterRegistry meters;

  public RateLimitFilter(ClientRateLimiter limiter, MeterRegistry meters) {
    this.limiter = limiter;
    this.meters = meters;
    limiter.configuredClients().forEach(this::refusals);
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
    return exchange.getPrincipal()
        .flatMap(principal -> Mono.justOrEmpty(jwtOf(principal)))
        .flatMap(jwt -> {
          String client = ClientKeys.of(jwt).orElse(null);
          if (client == null) {
            return Mono.empty();
          }
          TokenBucket.Decision decision = limiter.tryConsume(client);
          if (!decision.allowed()) {
            refusals(ClientKeys.clientTag(jwt)).increment();
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

  private Counter refusals(String client) {
    return Counter.builder("xinqiao.gateway.rate.limited")
        .description("Requests refused with 429 because the client's rate limit was used up")
        .tag("client", client)
        .register(meters);
  }

  private static Optional<Jwt> jwtOf(Principal principal) {
    return principal instanceof JwtAuthenticationToken token ? Optional.of(token.getToken()) : Optional.empty();
  }

  @Override
  public String toString() {
    return "RateLimitFilter";
  }
}
