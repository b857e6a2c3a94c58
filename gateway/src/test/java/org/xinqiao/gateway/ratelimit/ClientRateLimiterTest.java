package org.xinqiao.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ClientRateLimiterTest {

  private final AtomicLong nanos = new AtomicLong();

  @Test
  void eachClientHasItsOwnBucket() {
    ClientRateLimiter limiter = new ClientRateLimiter(
        new RateLimitProperties(1, 1, Map.of(), 100), nanos::get);

    assertThat(limiter.tryConsume("partner-a").allowed()).isTrue();
    assertThat(limiter.tryConsume("partner-a").allowed()).isFalse();
    assertThat(limiter.tryConsume("partner-b").allowed()).isTrue();
  }

  @Test
  void perClientOverridesReplaceTheDefaultsFieldByField() {
    RateLimitProperties properties = new RateLimitProperties(2, 1, Map.of(
        "big-partner", new RateLimitProperties.ClientLimit(5L, null),
        "slow-partner", new RateLimitProperties.ClientLimit(null, 0.5)), 100);
    ClientRateLimiter limiter = new ClientRateLimiter(properties, nanos::get);

    assertThat(allowedInARow(limiter, "big-partner")).isEqualTo(5);
    assertThat(allowedInARow(limiter, "slow-partner")).isEqualTo(2);
    assertThat(allowedInARow(limiter, "anyone-else")).isEqualTo(2);
    assertThat(limiter.tryConsume("slow-partner").retryAfterSeconds()).isEqualTo(2);
    assertThat(limiter.capacityOf("big-partner")).isEqualTo(5);
  }

  @Test
  void dropsIdleBucketsWhenTooManyClientsAreTracked() {
    ClientRateLimiter limiter = new ClientRateLimiter(
        new RateLimitProperties(1, 1, Map.of(), 2), nanos::get);
    limiter.tryConsume("a");
    limiter.tryConsume("b");
    nanos.addAndGet(Duration.ofSeconds(1).toNanos());

    limiter.tryConsume("c");

    assertThat(limiter.trackedClients()).isEqualTo(1);
    assertThat(limiter.tryConsume("c").allowed()).isFalse();
  }

  private static int allowedInARow(ClientRateLimiter limiter, String client) {
    int allowed = 0;
    while (limiter.tryConsume(client).allowed()) {
      allowed++;
    }
    return allowed;
  }
}
