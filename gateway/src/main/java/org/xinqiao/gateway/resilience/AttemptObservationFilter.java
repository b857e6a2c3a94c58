package org.xinqiao.gateway.resilience;

import io.micrometer.observation.Observation;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Ends the observation of a downstream attempt that failed or was cancelled. Spring Cloud Gateway
 * opens one client observation per attempt and ends it when response headers arrive, or in its
 * exception handler for the last one only; the observations of attempts that the Retry filter
 * replaced, or that the time limit cancelled, would otherwise stay active forever (a slow leak of
 * long-task-timer samples while a service is down). Runs inside the retry, around each attempt.
 */
public class AttemptObservationFilter implements GatewayFilter {

  static final String STOPPED_ATTR = "gateway.observation.stopped";

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
    return chain.filter(exchange)
        .doOnError(error -> end(exchange, error))
        .doOnCancel(() -> end(exchange, null));
  }

  private static void end(ServerWebExchange exchange, Throwable error) {
    Observation observation =
        exchange.getAttributes().remove(ServerWebExchangeUtils.GATEWAY_OBSERVATION_ATTR)
            instanceof Observation o ? o : null;
    if (observation == null || Boolean.TRUE.equals(exchange.getAttribute(STOPPED_ATTR))) {
      return;
    }
    if (error != null) {
      observation.error(error);
    }
    observation.stop();
  }

  @Override
  public String toString() {
    return "AttemptObservationFilter";
  }
}
