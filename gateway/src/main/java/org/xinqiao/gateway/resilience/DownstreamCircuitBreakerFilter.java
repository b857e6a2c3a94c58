package org.xinqiao.gateway.resilience;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.web.server.ServerWebExchange;
import org.xinqiao.gateway.observability.RequestMdc;
import org.xinqiao.gateway.problem.ProblemException;
import reactor.core.publisher.Mono;

/**
 * Runs the proxied call inside the service's circuit breaker and time limit. When the call fails
 * (connection refused, timeout, breaker open) the fallback is a 503 problem naming the service.
 * Refusals the gateway itself raised while the call was under way (an oversized streamed body)
 * pass through unchanged and do not count against the service.
 */
public class DownstreamCircuitBreakerFilter implements GatewayFilter {

  private static final Logger log = LoggerFactory.getLogger(DownstreamCircuitBreakerFilter.class);

  private final String service;
  private final ReactiveCircuitBreaker breaker;

  public DownstreamCircuitBreakerFilter(String service, ReactiveCircuitBreaker breaker) {
    this.service = service;
    this.breaker = breaker;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
    return breaker.run(Mono.defer(() -> chain.filter(exchange)), error -> fallback(exchange, error));
  }

  private Mono<Void> fallback(ServerWebExchange exchange, Throwable error) {
    if (GatewayRefusals.isRefusal(error) || exchange.getResponse().isCommitted()) {
      return Mono.error(error);
    }
    String reason = reason(error);
    if (error instanceof CallNotPermittedException) {
      RequestMdc.log(exchange, () -> log.debug("{} circuit open, refused {} {}", service,
          exchange.getRequest().getMethod(), exchange.getRequest().getPath()));
    } else {
      RequestMdc.log(exchange, () -> log.warn("{} service unavailable for {} {}: {}", service,
          exchange.getRequest().getMethod(), exchange.getRequest().getPath(), error.toString()));
    }
    return Mono.error(new DownstreamUnavailableException(service, reason, error));
  }

  private static String reason(Throwable error) {
    if (error instanceof CallNotPermittedException) {
      return "circuit open";
    }
    if (GatewayRefusals.causedBy(error, TimeoutException.class)) {
      return "no answer in time";
    }
    return "not reachable";
  }

  @Override
  public String toString() {
    return "DownstreamCircuitBreaker[" + service + "]";
  }

  /** Errors that are the caller's fault, not the service's. */
  static final class GatewayRefusals {

    private GatewayRefusals() {}

    static boolean isRefusal(Throwable error) {
      return causedBy(error, ProblemException.class);
    }

    static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
      Throwable current = error;
      for (int depth = 0; current != null && depth < 10; depth++) {
        if (type.isInstance(current)) {
          return true;
        }
        current = current.getCause();
      }
      return false;
    }
  }
}
