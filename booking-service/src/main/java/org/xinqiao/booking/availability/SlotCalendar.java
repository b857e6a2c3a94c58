package org.xinqiao.booking.availability;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns an {@link Availability} into concrete slots. Rules are local wall-clock windows in the
 * counsellor's zone; each window is resolved to instants (a boundary inside a daylight-saving gap
 * moves to the moment of the jump, an ambiguous time takes the earlier offset) and slots are then laid
 * out in real elapsed time, {@code session + buffer} apart, so a slot is always exactly one session
 * long and never overlaps the next one, even on the night the clocks change.
 */
public final class SlotCalendar {

  private SlotCalendar() {}

  /** Slots starting in {@code [from, to)}, in order. */
  public static List<Slot> slots(Availability availability, Instant from, Instant to) {
    ZoneId zone = availability.zone();
    Duration session = Duration.ofMinutes(availability.sessionMinutes());
    Duration step = session.plusMinutes(availability.bufferMinutes());
    LocalDate first = from.atZone(zone).toLocalDate().minusDays(1);
    LocalDate last = to.atZone(zone).toLocalDate().plusDays(1);
    List<Slot> candidates = new ArrayList<>();
    List<Slot> blocked = new ArrayList<>();
    for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
      boolean dayOff = false;
      List<Slot> windows = new ArrayList<>();
      for (AvailabilityException e : availability.exceptions()) {
        if (!e.date().equals(date)) {
          continue;
        }
        if (e.kind() == AvailabilityException.Kind.UNAVAILABLE) {
          if (e.wholeDay()) {
            dayOff = true;
          } else {
            blocked.add(window(date, e.start(), e.end(), zone));
          }
        } else {
          windows.add(window(date, e.start(), e.end(), zone));
        }
      }
      if (!dayOff) {
        for (WeeklyRule rule : availability.weekly()) {
          if (rule.day() == date.getDayOfWeek()) {
            windows.add(window(date, rule.start(), rule.end(), zone));
          }
        }
      } else {
        windows.clear();
      }
      for (Slot w : windows) {
        for (Instant t = w.start(); !t.plus(session).isAfter(w.end()); t = t.plus(step)) {
          candidates.add(new Slot(t, t.plus(session)));
        }
      }
    }
    candidates.sort(Comparator.comparing(Slot::start));
    List<Slot> result = new ArrayList<>();
    Instant lastEnd = Instant.MIN;
    for (Slot s : candidates) {
      if (s.start().isBefore(from) || !s.start().isBefore(to)) {
        continue;
      }
      if (s.start().isBefore(lastEnd)) {
        continue; // extra hours overlapping a weekly window: keep the earlier slot
      }
      if (blocked.stream().anyMatch(b -> s.overlaps(b.start(), b.end()))) {
        continue;
      }
      result.add(s);
      lastEnd = s.end();
    }
    return result;
  }

  /** The slot starting exactly at {@code start}, if the availability offers one. */
  public static java.util.Optional<Slot> slotAt(Availability availability, Instant start) {
    return slots(availability, start, start.plusSeconds(1)).stream()
        .filter(s -> s.start().equals(start))
        .findFirst();
  }

  /**
   * A local window as instants. A boundary inside a daylight-saving gap moves to the moment the
   * clocks jumped (a wall-clock time that did not exist offers nothing), so a window wholly inside
   * the gap is empty.
   */
  private static Slot window(LocalDate date, LocalTime start, LocalTime end, ZoneId zone) {
    Instant s = resolve(date.atTime(start), zone);
    Instant e = resolve(date.atTime(end), zone);
    if (!e.isAfter(s)) {
      return new Slot(s, s.plusNanos(1));
    }
    return new Slot(s, e);
  }

  private static Instant resolve(java.time.LocalDateTime local, ZoneId zone) {
    java.time.zone.ZoneRules rules = zone.getRules();
    if (rules.getValidOffsets(local).isEmpty()) {
      return rules.getTransition(local).getInstant();
    }
    return local.atZone(zone).toInstant();
  }
}
