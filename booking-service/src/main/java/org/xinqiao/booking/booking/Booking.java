package org.xinqiao.booking.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.xinqiao.booking.availability.Slot;
import org.xinqiao.booking.client.Entitlement;
import org.xinqiao.booking.shared.Modality;
import org.xinqiao.booking.shared.Party;
import org.xinqiao.booking.shared.Refusals;

/**
 * A booked session and its lifecycle. Every transition checks the state, changes it and records an
 * event; time always comes in as an argument. The status can only change through these methods.
 */
public final class Booking {

  private final String id;
  private String clientId;
  private final String partnerId;
  private final String counselorId;
  private final String clinicId;
  private final Modality modality;
  private final Entitlement entitlement;
  private final Instant createdAt;
  private Slot slot;
  private BookingStatus status;
  private Cancellation cancellation;
  private Instant startedAt;
  private Instant completedAt;
  private Instant noShowAt;
  private final List<Interruption> interruptions;
  private boolean makeUpGranted;
  private final long version;
  private final List<BookingEvent> events = new ArrayList<>();

  /** Rebuilds a stored booking; no event is recorded. */
  public Booking(String id, String clientId, String partnerId, String counselorId, String clinicId, Modality modality,
      Entitlement entitlement, Instant createdAt, Slot slot, BookingStatus status, Cancellation cancellation,
      Instant startedAt, Instant completedAt, Instant noShowAt, List<Interruption> interruptions,
      boolean makeUpGranted, long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.partnerId = Objects.requireNonNull(partnerId, "partnerId");
    this.counselorId = Objects.requireNonNull(counselorId, "counselorId");
    this.clinicId = clinicId;
    this.modality = Objects.requireNonNull(modality, "modality");
    this.entitlement = Objects.requireNonNull(entitlement, "entitlement");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.slot = Objects.requireNonNull(slot, "slot");
    this.status = Objects.requireNonNull(status, "status");
    this.cancellation = cancellation;
    this.startedAt = startedAt;
    this.completedAt = completedAt;
    this.noShowAt = noShowAt;
    this.interruptions = new ArrayList<>(interruptions);
    this.makeUpGranted = makeUpGranted;
    this.version = version;
  }

  /** A new confirmed booking of a slot that has already been claimed for it. */
  public static Booking confirm(String id, String clientId, String partnerId, String counselorId, String clinicId,
      Modality modality, Entitlement entitlement, Slot slot, Instant now) {
    if (!slot.start().isAfter(now)) {
      throw Refusals.unprocessable("slot-in-past", "The slot starts at " + slot.start() + ", which is not in the future.");
    }
    Booking b = new Booking(id, clientId, partnerId, counselorId, clinicId, modality, entitlement, now, slot,
        BookingStatus.CONFIRMED, null, null, null, null, List.of(), false, 0);
    b.events.add(new BookingEvent.Confirmed(now));
    return b;
  }

  public void cancel(Party by, String reasonCode, BookingPolicy policy, Instant now) {
    require(BookingStatus.CONFIRMED, "be cancelled");
    if (!now.isBefore(slot.start())) {
      throw Refusals.illegalTransition(id, "already due", "be cancelled after its start");
    }
    boolean clientSide = by == Party.CLIENT || by == Party.PARTNER;
    boolean late = clientSide && Duration.between(now, slot.start()).compareTo(policy.lateCancellation()) < 0;
    status = BookingStatus.CANCELLED;
    cancellation = new Cancellation(by, reasonCode, late, now);
    events.add(new BookingEvent.Cancelled(by, reasonCode, late, now));
  }

  /** Moves the booking to a new slot (already claimed for it); returns the slot it left. */
  public Slot reschedule(Slot newSlot, Instant now) {
    require(BookingStatus.CONFIRMED, "be rescheduled");
    if (!now.isBefore(slot.start())) {
      throw Refusals.illegalTransition(id, "already due", "be rescheduled after its start");
    }
    if (!newSlot.start().isAfter(now)) {
      throw Refusals.unprocessable("slot-in-past", "The new slot is not in the future.");
    }
    if (newSlot.equals(slot)) {
      throw Refusals.unprocessable("same-slot", "The booking already has that slot.");
    }
    Slot previous = slot;
    slot = newSlot;
    events.add(new BookingEvent.Rescheduled(previous.start(), now));
    return previous;
  }

  public void start(BookingPolicy policy, Instant now) {
    require(BookingStatus.CONFIRMED, "start");
    if (now.isBefore(slot.start().minus(policy.earlyStart())) || !now.isBefore(slot.end())) {
      throw Refusals.conflict("outside-session-window",
          "A session starts between " + policy.earlyStart().toMinutes() + " minutes before its slot and the slot's end.");
    }
    status = BookingStatus.STARTED;
    startedAt = now;
    events.add(new BookingEvent.Started(now));
  }

  public void complete(Instant now) {
    require(BookingStatus.STARTED, "complete");
    status = BookingStatus.COMPLETED;
    completedAt = now;
    events.add(new BookingEvent.Completed(now));
  }

  public void markNoShow(BookingPolicy policy, Instant now) {
    require(BookingStatus.CONFIRMED, "be marked as a no-show");
    if (now.isBefore(slot.start().plus(policy.noShowGrace()))) {
      throw Refusals.conflict("no-show-too-early",
          "A no-show can be recorded " + policy.noShowGrace().toMinutes() + " minutes after the start.");
    }
    status = BookingStatus.NO_SHOW;
    noShowAt = now;
    events.add(new BookingEvent.NoShow(now));
  }

  /**
   * Records an interruption of a started (or just completed) session. The same interruption
   * reported twice (same start and cause) is recorded once. Returns true when this call granted the
   * booking's one make-up session.
   */
  public boolean recordInterruption(Instant from, Instant to, InterruptionCause cause, BookingPolicy policy, Instant now) {
    if (status != BookingStatus.STARTED && status != BookingStatus.COMPLETED) {
      throw Refusals.illegalTransition(id, status, "record an interruption");
    }
    if (!to.isAfter(from) || to.isAfter(now)) {
      throw Refusals.invalid("invalid-interruption", "An interruption ends after it starts and not in the future.");
    }
    if (from.isBefore(slot.start().minus(policy.earlyStart())) || from.isAfter(slot.end())) {
      throw Refusals.unprocessable("interruption-outside-session", "The interruption does not fall inside the session.");
    }
    boolean known = interruptions.stream().anyMatch(i -> i.start().equals(from) && i.cause() == cause);
    if (known) {
      return false;
    }
    Instant sessionStart = slot.start();
    Instant lostFrom = from.isBefore(sessionStart) ? sessionStart : from;
    Instant lostTo = to.isAfter(slot.end()) ? slot.end() : to;
    int lost = lostTo.isAfter(lostFrom) ? (int) Duration.between(lostFrom, lostTo).toMinutes() : 0;
    interruptions.add(new Interruption(from, to, cause, lost, now));
    boolean grantNow = !makeUpGranted && lostMinutes().compareTo(policy.makeUpThreshold()) >= 0;
    if (grantNow) {
      makeUpGranted = true;
    }
    events.add(new BookingEvent.Interrupted(cause, lost, grantNow, now));
    return grantNow;
  }

  public Duration lostMinutes() {
    return Duration.ofMinutes(interruptions.stream().mapToInt(Interruption::lostMinutes).sum());
  }

  /** Replaces the client id with an anonymous one after the client's data was erased. */
  public void anonymise(String anonymousId) {
    this.clientId = anonymousId;
  }

  private void require(BookingStatus expected, String action) {
    if (status != expected) {
      throw Refusals.illegalTransition(id, status, action);
    }
  }

  /** The events recorded since load, then forgotten. */
  public List<BookingEvent> drainEvents() {
    List<BookingEvent> out = List.copyOf(events);
    events.clear();
    return out;
  }

  public List<BookingEvent> pendingEvents() {
    return List.copyOf(events);
  }

  public String id() { return id; }
  public String clientId() { return clientId; }
  public String partnerId() { return partnerId; }
  public String counselorId() { return counselorId; }
  public String clinicId() { return clinicId; }
  public Modality modality() { return modality; }
  public Entitlement entitlement() { return entitlement; }
  public Instant createdAt() { return createdAt; }
  public Slot slot() { return slot; }
  public BookingStatus status() { return status; }
  public Cancellation cancellation() { return cancellation; }
  public Instant startedAt() { return startedAt; }
  public Instant completedAt() { return completedAt; }
  public Instant noShowAt() { return noShowAt; }
  public List<Interruption> interruptions() { return List.copyOf(interruptions); }
  public boolean makeUpGranted() { return makeUpGranted; }
  public long version() { return version; }
}
