package org.xinqiao.booking.it;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.xinqiao.testkit.support.ShiftableClock;

/**
 * The service's clock in integration tests: real time plus an offset that only ever grows, so a test
 * can move to the hour of a session while leases and event times stay monotonic.
 */
public final class TestClock extends ShiftableClock {

  @TestConfiguration(proxyBeanMethods = false)
  public static class Config {
    @Bean
    @Primary
    TestClock testClock() {
      return new TestClock();
    }
  }
}
