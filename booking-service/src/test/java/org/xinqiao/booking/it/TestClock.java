package org.xinqiao.booking.it;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service's clock in integration tests: real time plus an offset that only ever grows, so a test
 * can move to the hour of a session while leases and event times stay monotonic.
 */
public final class TestClock extends Clock {

  private final AtomicLong offsetMillis = new AtomicLong();

  @TestConfiguration(proxyBeanMethods = false)
  public static class Config {
    @Bean
    @Primary
    TestClock testClock() {
      return new TestClock();
    }
  }

  /** Moves time forward to {@code target} (never backwards). */
  public void advanceTo(Instant target) {
    long wanted = target.toEpochMilli() - System.currentTimeMillis();
    offsetMillis.accumulateAndGet(wanted, Math::max);
  }

  public void advance(Duration d) {
    offsetMillis.addAndGet(d.toMillis());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(System.currentTimeMillis() + offsetMillis.get());
  }
}
