package org.xinqiao.gateway.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Configures Spring Cloud CircuitBreaker's Resilience4j factory from {@link ResilienceProperties}:
 * every breaker the gateway creates (one per service, named after it) gets the small sliding
 * window, low minimum number of calls and the service's time limit.
 *
 * <p>The registries are declared here because the Resilience4j Spring Boot starter that would
 * declare them is left out of the build (its Boot 3 flavour does not start on Boot 4). Spring Cloud
 * CircuitBreaker binds their metrics to Micrometer ({@code resilience4j_circuitbreaker_*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResilienceProperties.class)
class CircuitBreakerConfiguration {

  @Bean
  CircuitBreakerRegistry circuitBreakerRegistry() {
    return CircuitBreakerRegistry.ofDefaults();
  }

  @Bean
  TimeLimiterRegistry timeLimiterRegistry() {
    return TimeLimiterRegistry.ofDefaults();
  }

  @Bean
  Customizer<ReactiveResilience4JCircuitBreakerFactory> downstreamCircuitBreakers(
      ResilienceProperties properties) {
    CircuitBreakerConfig breaker = circuitBreakerConfig(properties);
    return factory -> factory.configureDefault(service -> new Resilience4JConfigBuilder(service)
        .circuitBreakerConfig(breaker)
        .timeLimiterConfig(TimeLimiterConfig.custom()
            .timeoutDuration(properties.timeoutOf(service))
            .build())
        .build());
  }

  static CircuitBreakerConfig circuitBreakerConfig(ResilienceProperties properties) {
    return CircuitBreakerConfig.custom()
        .slidingWindowType(SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(properties.slidingWindowSize())
        .minimumNumberOfCalls(properties.minimumNumberOfCalls())
        .failureRateThreshold(properties.failureRateThreshold())
        .waitDurationInOpenState(properties.waitInOpenState())
        .permittedNumberOfCallsInHalfOpenState(properties.permittedCallsInHalfOpenState())
        .ignoreException(DownstreamCircuitBreakerFilter.GatewayRefusals::isRefusal)
        .build();
  }
}
