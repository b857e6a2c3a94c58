package org.xinqiao.booking.availability;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A bookable session time, as UTC instants. */
public record Slot(Instant start, Instant end) {

  public Slot {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("a slot ends after it starts");
    }
  }

  public boolean overlaps(Instant otherStart, Instant otherEnd) {
    return start.isBefore(otherEnd) && otherStart.isBefore(end);
  }

  public Duration length() {
    return Duration.between(start, end);
  }
}
