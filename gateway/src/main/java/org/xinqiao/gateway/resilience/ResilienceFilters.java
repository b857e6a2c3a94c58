package org.xinqiao.gateway.resilience;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory;
import org.springframework.stereotype.Component;

/** Makes the per-route resilience filters: the service's circuit breaker and the read retry. */
@Component
public class ResilienceFilters {

  private final ReactiveCircuitBreakerFactory<?, ?> circuitBreakers;
  private final RetryGatewayFilterFactory retryFactory;
  private final ResilienceProperties properties;

  public ResilienceFilters(ReactiveCircuitBreakerFactory<?, ?> circuitBreakers,
      RetryGatewayFilterFactory retryFactory, ResilienceProperties properties) {
    this.circuitBreakers = circuitBreakers;
    this.retryFactory = retryFactory;
    this.properties = properties;
  }

  /** The circuit breaker and time limit of one service, shared by all of its routes. */
  public GatewayFilter circuitBreaker(String service) {
    return new DownstreamCircuitBreakerFilter(service, circuitBreakers.create(service));
  }

  /** Ends the observation of each failed or cancelled attempt (runs inside the retry). */
  public GatewayFilter attemptObservation() {
    return new AttemptObservationFilter();
  }

  /** Retries of GET and HEAD with exponential backoff and jitter. */
  public GatewayFilter retry(String routeId) {
    return retryFactory.apply(RetryPolicy.config(routeId, properties.retry()));
  }
}
