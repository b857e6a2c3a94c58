package org.xinqiao.booking.availability;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import org.xinqiao.booking.shared.Refusals;

/** Every week on {@code day}, from {@code start} to {@code end} in the counsellor's local wall time. */
public record WeeklyRule(DayOfWeek day, LocalTime start, LocalTime end) {

  public WeeklyRule {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw Refusals.invalid("invalid-availability", "A weekly rule must end after it starts (" + day + " " + start + "-" + end + ").");
    }
  }
}
