package org.xinqiao.booking.availability;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.xinqiao.booking.shared.Refusals;

/**
 * A counsellor's working pattern: weekly rules in the counsellor's own zone, dated exceptions,
 * session length and the buffer kept free after each session.
 */
public record Availability(
    ZoneId zone,
    List<WeeklyRule> weekly,
    List<AvailabilityException> exceptions,
    int sessionMinutes,
    int bufferMinutes) {

  public static final int MAX_RULES = 70;
  public static final int MAX_EXCEPTIONS = 400;

  public Availability {
    Objects.requireNonNull(zone, "zone");
    weekly = List.copyOf(weekly == null ? List.of() : weekly);
    exceptions = List.copyOf(exceptions == null ? List.of() : exceptions);
    if (sessionMinutes < 15 || sessionMinutes > 180) {
      throw Refusals.invalid("invalid-availability", "Session length must be between 15 and 180 minutes.");
    }
    if (bufferMinutes < 0 || bufferMinutes > 120) {
      throw Refusals.invalid("invalid-availability", "Buffer must be between 0 and 120 minutes.");
    }
    if (weekly.size() > MAX_RULES || exceptions.size() > MAX_EXCEPTIONS) {
      throw Refusals.invalid("invalid-availability",
          "At most " + MAX_RULES + " weekly rules and " + MAX_EXCEPTIONS + " exceptions.");
    }
  }
}
