package org.xinqiao.booking.availability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Service;

import org.xinqiao.booking.config.BookingProperties;
import org.xinqiao.booking.counselor.Counselor;
import org.xinqiao.booking.counselor.CounselorStore;
import org.xinqiao.booking.shared.Refusals;
import org.xinqiao.kit.outbox.OutboxRelay;
import org.xinqiao.kit.security.Actor;

/** Reads and replaces a counsellor's availability and computes free slots. */
@Service
public class AvailabilityService {

  static final Duration ANNOUNCE_HORIZON = Duration.ofDays(14);

  private final CounselorStore counselors;
  private final SlotClaims claims;
  private final AvailabilityOutbox outbox;
  private final OutboxRelay relay;
  private final BookingProperties props;
  private final Clock clock;

  public AvailabilityService(CounselorStore counselors, SlotClaims claims, AvailabilityOutbox outbox, OutboxRelay relay,
      BookingProperties props, Clock clock) {
    this.counselors = counselors;
    this.claims = claims;
    this.outbox = outbox;
    this.relay = relay;
    this.props = props;
    this.clock = clock;
  }

  public record FreeSlots(String counselorId, String zone, boolean bookable, List<Slot> slots) {}

  public Availability get(Actor actor, String counselorId) {
    Counselor c = counselors.find(counselorId).orElse(null);
    requireManager(actor, counselorId, c);
    if (c == null || c.availability() == null) {
      throw Refusals.notFound("availability", counselorId);
    }
    return c.availability();
  }

  public Availability replace(Actor actor, String counselorId, Availability availability) {
    Counselor c = counselors.find(counselorId).orElse(null);
    requireManager(actor, counselorId, c);
    Instant now = clock.instant();
    List<Slot> free = free(counselorId, availability, now, now.plus(ANNOUNCE_HORIZON));
    counselors.saveAvailability(counselorId, availability, outbox.availabilityChanged(counselorId,
        free.isEmpty() ? null : free.get(0).start(), free.size(), now));
    relay.nudge();
    return availability;
  }

  /** Free slots of a counsellor in {@code [from, to)}; none while the counsellor is not bookable. */
  public FreeSlots freeSlots(String counselorId, Instant from, Instant to) {
    Instant now = clock.instant();
    Instant start = from == null ? now : from;
    Instant end = to == null ? start.plus(ANNOUNCE_HORIZON) : to;
    if (!end.isAfter(start) || Duration.between(start, end).compareTo(props.maxSlotRange()) > 0) {
      throw Refusals.invalid("invalid-range",
          "'to' must be after 'from' and at most " + props.maxSlotRange().toDays() + " days later.");
    }
    Counselor c = counselors.find(counselorId).orElseThrow(() -> Refusals.notFound("counselor", counselorId));
    if (c.availability() == null) {
      return new FreeSlots(counselorId, null, false, List.of());
    }
    boolean bookable = c.bookableOn(LocalDate.ofInstant(now, ZoneOffset.UTC));
    List<Slot> slots = bookable ? free(counselorId, c.availability(), start.isBefore(now) ? now : start, end) : List.of();
    return new FreeSlots(counselorId, c.availability().zone().getId(), bookable, slots);
  }

  /** Re-announces the counsellor's next free slot and 14-day count after bookings changed them (best effort). */
  public void announce(String counselorId) {
    Counselor c = counselors.find(counselorId).orElse(null);
    if (c == null || c.availability() == null) {
      return;
    }
    Instant now = clock.instant();
    List<Slot> free = free(counselorId, c.availability(), now, now.plus(ANNOUNCE_HORIZON));
    counselors.announce(counselorId, outbox.availabilityChanged(counselorId,
        free.isEmpty() ? null : free.get(0).start(), free.size(), now));
    relay.nudge();
  }

  private List<Slot> free(String counselorId, Availability availability, Instant from, Instant to) {
    List<Slot> taken = claims.taken(counselorId, from, to);
    return SlotCalendar.slots(availability, from, to).stream()
        .filter(s -> s.start().isAfter(from) || s.start().equals(from))
        .filter(s -> taken.stream().noneMatch(t -> s.overlaps(t.start(), t.end())))
        .toList();
  }

  /** The counsellor themself, or a clinic-admin of the counsellor's clinic. */
  static void requireManager(Actor actor, String counselorId, Counselor c) {
    boolean self = actor.has(Actor.COUNSELOR) && counselorId.equals(actor.counselorId());
    boolean admin = actor.has(Actor.CLINIC_ADMIN) && c != null && c.clinicId() != null
        && c.clinicId().equals(actor.clinicId());
    if (!self && !admin) {
      throw Refusals.notFound("counselor", counselorId);
    }
  }
}
