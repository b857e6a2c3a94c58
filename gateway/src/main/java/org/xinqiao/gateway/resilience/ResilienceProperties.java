package org.xinqiao.gateway.resilience;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Circuit breaker, time limit and retry settings for the downstream services
 * ({@code xinqiao.gateway.resilience}). One circuit breaker instance exists per service, named after
 * it. The defaults are sized for low traffic: five calls are enough to judge a service, so a dead
 * one is cut off quickly instead of after Resilience4j's default hundred calls.
 *
 * @param timeout how long a service may take to start answering (retries included)
 * @param timeouts per-service overrides of {@code timeout}, keyed by service id
 * @param slidingWindowSize how many recent calls the failure rate is computed over
 * @param minimumNumberOfCalls calls needed before the breaker may open
 * @param failureRateThreshold failure percentage that opens the breaker
 * @param waitInOpenState how long an open breaker refuses calls before letting a few through
 * @param permittedCallsInHalfOpenState trial calls that decide whether it closes again
 * @param retry retries of idempotent reads
 */
@ConfigurationProperties("xinqiao.gateway.resilience")
public record ResilienceProperties(
    @DefaultValue("5s") Duration timeout,
    @DefaultValue Map<String, Duration> timeouts,
    @DefaultValue("10") int slidingWindowSize,
    @DefaultValue("5") int minimumNumberOfCalls,
    @DefaultValue("50") float failureRateThreshold,
    @DefaultValue("5s") Duration waitInOpenState,
    @DefaultValue("2") int permittedCallsInHalfOpenState,
    @DefaultValue Retry retry) {

  public ResilienceProperties {
    timeouts = Map.copyOf(timeouts);
  }

  public Duration timeoutOf(String service) {
    return timeouts.getOrDefault(service, timeout);
  }

  /**
   * Retries of GET and HEAD only, with exponential backoff and random jitter.
   *
   * @param retries retries after the first attempt
   * @param firstBackoff wait before the first retry
   * @param maxBackoff upper bound of any wait
   * @param factor growth of the wait from one retry to the next
   * @param jitter random spread of each wait, 0 (none) to 1 (up to the whole wait either way)
   */
  public record Retry(
      @DefaultValue("2") int retries,
      @DefaultValue("50ms") Duration firstBackoff,
      @DefaultValue("500ms") Duration maxBackoff,
      @DefaultValue("2") int factor,
      @DefaultValue("0.5") double jitter) {}
}
