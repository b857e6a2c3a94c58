package org.xinqiao.booking.availability;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import org.xinqiao.booking.shared.Refusals;

/**
 * A one-off change on a local date: {@code UNAVAILABLE} (leave; the whole day when no times are
 * given) or {@code EXTRA} (one-off additional hours; times required).
 */
public record AvailabilityException(LocalDate date, LocalTime start, LocalTime end, Kind kind) {

  public enum Kind {
    UNAVAILABLE,
    EXTRA
  }

  public AvailabilityException {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    if ((start == null) != (end == null)) {
      throw Refusals.invalid("invalid-availability", "An exception gives both start and end, or neither.");
    }
    if (start == null && kind == Kind.EXTRA) {
      throw Refusals.invalid("invalid-availability", "Extra hours need a start and an end.");
    }
    if (start != null && !end.isAfter(start)) {
      throw Refusals.invalid("invalid-availability", "An exception must end after it starts (" + date + ").");
    }
  }

  boolean wholeDay() {
    return start == null;
  }
}
