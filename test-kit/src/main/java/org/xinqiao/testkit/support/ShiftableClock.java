package org.xinqiao.testkit.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Real time plus an offset that tests move forward, so deadlines, expiries and session hours can be
 * reached without waiting while time keeps running (leases and event times stay monotonic).
 */
public class ShiftableClock extends Clock {

  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  public void advance(Duration by) {
    offset.updateAndGet(o -> o.plus(by));
  }

  /** Moves time forward to {@code target}; never backwards. */
  public void advanceTo(Instant target) {
    Duration wanted = Duration.between(Instant.now(), target);
    offset.accumulateAndGet(wanted, (current, candidate) -> candidate.compareTo(current) > 0 ? candidate : current);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
