package org.xinqiao.booking.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinqiao.booking.fixtures.AvailabilityMother;
import org.xinqiao.kit.problem.DomainException;

class SlotCalendarTest {

  static List<Instant> starts(Availability a, String from, String to) {
    return SlotCalendar.slots(a, Instant.parse(from), Instant.parse(to)).stream().map(Slot::start).toList();
  }

  @Test
  void shanghaiMorningsAreEightHoursAheadOfUtc() {
    // Monday 2026-03-02
    assertThat(starts(AvailabilityMother.weekdayMornings("Asia/Shanghai"), "2026-03-02T00:00:00Z", "2026-03-02T12:00:00Z"))
        .containsExactly(Instant.parse("2026-03-02T01:00:00Z"), Instant.parse("2026-03-02T02:00:00Z"),
            Instant.parse("2026-03-02T03:00:00Z"));
  }

  @Test
  void urumqiMorningsAreSixHoursAheadOfUtc() {
    assertThat(starts(AvailabilityMother.weekdayMornings("Asia/Urumqi"), "2026-03-02T00:00:00Z", "2026-03-02T12:00:00Z"))
        .containsExactly(Instant.parse("2026-03-02T03:00:00Z"), Instant.parse("2026-03-02T04:00:00Z"),
            Instant.parse("2026-03-02T05:00:00Z"));
  }

  @Test
  void slotsAreSessionLongAndSeparatedByTheBuffer() {
    List<Slot> slots = SlotCalendar.slots(AvailabilityMother.weekdayMornings("Asia/Shanghai"),
        Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-02T12:00:00Z"));
    assertThat(slots).allSatisfy(s -> assertThat(s.length().toMinutes()).isEqualTo(50));
    assertThat(slots.get(1).start()).isEqualTo(slots.get(0).end().plusSeconds(600));
  }

  @Test
  void theSameLocalHourMovesInUtcWhenBerlinSwitchesToSummerTime() {
    Availability berlin = AvailabilityMother.weekdayMornings("Europe/Berlin");
    assertThat(starts(berlin, "2026-03-27T00:00:00Z", "2026-03-27T12:00:00Z")).first()
        .isEqualTo(Instant.parse("2026-03-27T08:00:00Z")); // Friday, CET
    assertThat(starts(berlin, "2026-03-30T00:00:00Z", "2026-03-30T12:00:00Z")).first()
        .isEqualTo(Instant.parse("2026-03-30T07:00:00Z")); // Monday, CEST
  }

  @Test
  void theNightTheClocksGoForwardHasNoSlotInTheMissingHour() {
    // 2026-03-29: 02:00 CET jumps to 03:00 CEST; 01:00-05:00 local is three real hours
    assertThat(starts(AvailabilityMother.berlinSundayNights(), "2026-03-28T12:00:00Z", "2026-03-29T12:00:00Z"))
        .containsExactly(Instant.parse("2026-03-29T00:00:00Z"), Instant.parse("2026-03-29T01:00:00Z"),
            Instant.parse("2026-03-29T02:00:00Z"));
    assertThat(Instant.parse("2026-03-29T01:00:00Z").atZone(ZoneId.of("Europe/Berlin")).toLocalTime())
        .isEqualTo(LocalTime.of(3, 0));
  }

  @Test
  void theNightTheClocksGoBackOffersTheRepeatedHourTwiceWithoutOverlap() {
    // 2026-10-25: 03:00 CEST falls back to 02:00 CET; 01:00-05:00 local is five real hours
    List<Slot> slots = SlotCalendar.slots(AvailabilityMother.berlinSundayNights(),
        Instant.parse("2026-10-24T12:00:00Z"), Instant.parse("2026-10-25T12:00:00Z"));
    assertThat(slots).extracting(Slot::start).containsExactly(Instant.parse("2026-10-24T23:00:00Z"),
        Instant.parse("2026-10-25T00:00:00Z"), Instant.parse("2026-10-25T01:00:00Z"),
        Instant.parse("2026-10-25T02:00:00Z"), Instant.parse("2026-10-25T03:00:00Z"));
    for (int i = 1; i < slots.size(); i++) {
      assertThat(slots.get(i).start()).isAfterOrEqualTo(slots.get(i - 1).end());
    }
  }

  @Test
  void newYorkSpringForwardShortensTheWindowByAnHour() {
    Availability ny = new Availability(ZoneId.of("America/New_York"),
        List.of(new WeeklyRule(DayOfWeek.SUNDAY, LocalTime.of(0, 0), LocalTime.of(6, 0))), List.of(), 50, 10);
    // 2026-03-08 02:00 EST -> 03:00 EDT: 00:00-06:00 local is five real hours
    assertThat(starts(ny, "2026-03-08T00:00:00Z", "2026-03-09T00:00:00Z")).hasSize(5)
        .first().isEqualTo(Instant.parse("2026-03-08T05:00:00Z"));
    assertThat(starts(ny, "2026-03-01T00:00:00Z", "2026-03-02T00:00:00Z")).hasSize(6);
  }

  @Test
  void aWindowEntirelyInsideTheSpringGapGivesNoSlots() {
    Availability gap = new Availability(ZoneId.of("Europe/Berlin"),
        List.of(new WeeklyRule(DayOfWeek.SUNDAY, LocalTime.of(2, 0), LocalTime.of(2, 59))), List.of(), 15, 0);
    assertThat(starts(gap, "2026-03-28T12:00:00Z", "2026-03-29T12:00:00Z")).isEmpty();
  }

  @Test
  void leaveRemovesADayAndPartialLeaveRemovesOnlyTheSlotsItTouches() {
    Availability a = AvailabilityMother.weekdays("Asia/Shanghai", LocalTime.of(9, 0), LocalTime.of(12, 0), List.of(
        new AvailabilityException(LocalDate.of(2026, 3, 2), null, null, AvailabilityException.Kind.UNAVAILABLE),
        new AvailabilityException(LocalDate.of(2026, 3, 3), LocalTime.of(10, 30), LocalTime.of(11, 0),
            AvailabilityException.Kind.UNAVAILABLE)));
    assertThat(starts(a, "2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z")).isEmpty();
    assertThat(starts(a, "2026-03-03T00:00:00Z", "2026-03-04T00:00:00Z"))
        .containsExactly(Instant.parse("2026-03-03T01:00:00Z"), Instant.parse("2026-03-03T03:00:00Z"));
  }

  @Test
  void extraHoursAddSlotsOnADayWithoutRules() {
    Availability a = AvailabilityMother.weekdays("Asia/Urumqi", LocalTime.of(9, 0), LocalTime.of(12, 0), List.of(
        new AvailabilityException(LocalDate.of(2026, 3, 7), LocalTime.of(14, 0), LocalTime.of(16, 0),
            AvailabilityException.Kind.EXTRA)));
    assertThat(starts(a, "2026-03-07T00:00:00Z", "2026-03-08T00:00:00Z"))
        .containsExactly(Instant.parse("2026-03-07T08:00:00Z"), Instant.parse("2026-03-07T09:00:00Z"));
  }

  @Test
  void slotAtFindsOnlyOfferedStarts() {
    Availability a = AvailabilityMother.weekdayMornings("Asia/Shanghai");
    assertThat(SlotCalendar.slotAt(a, Instant.parse("2026-03-02T02:00:00Z"))).isPresent();
    assertThat(SlotCalendar.slotAt(a, Instant.parse("2026-03-02T02:30:00Z"))).isEmpty();
    assertThat(SlotCalendar.slotAt(a, Instant.parse("2026-03-07T02:00:00Z"))).isEmpty();
  }

  @Test
  void refusesNonsenseAvailability() {
    assertThatThrownBy(() -> new WeeklyRule(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(9, 0)))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("invalid-availability"));
    assertThatThrownBy(() -> new Availability(ZoneId.of("UTC"), List.of(), List.of(), 5, 0))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("invalid-availability"));
    assertThatThrownBy(() -> new AvailabilityException(LocalDate.of(2026, 3, 2), null, null, AvailabilityException.Kind.EXTRA))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("invalid-availability"));
  }
}
