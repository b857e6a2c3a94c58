package org.xinqiao.booking.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import org.xinqiao.booking.availability.AvailabilityService;
import org.xinqiao.booking.availability.Slot;
import org.xinqiao.booking.availability.SlotCalendar;
import org.xinqiao.booking.availability.SlotClaims;
import org.xinqiao.booking.client.ClientAccount;
import org.xinqiao.booking.client.ClientStore;
import org.xinqiao.booking.client.Entitlement;
import org.xinqiao.booking.client.Hold;
import org.xinqiao.booking.config.BookingProperties;
import org.xinqiao.booking.counselor.Counselor;
import org.xinqiao.booking.counselor.CounselorStore;
import org.xinqiao.booking.shared.Modality;
import org.xinqiao.booking.shared.Party;
import org.xinqiao.booking.shared.Refusals;
import org.xinqiao.kit.outbox.OutboxRelay;
import org.xinqiao.kit.security.Actor;

/**
 * Books, moves and runs sessions. A booking takes three atomic claims, in this order, each undone if
 * a later one fails: the slot (primary key in {@code slot_claims}), the client's time (a
 * version-guarded hold on the client's document, which also uses an entitlement) and the
 * counsellor's weekly capacity (a counter raised only below the limit). Then the booking and its
 * event are inserted in one write.
 */
@Service
public class BookingService {

  private static final Logger log = LoggerFactory.getLogger(BookingService.class);
  private static final int HOLD_ATTEMPTS = 20;

  private final BookingStore bookings;
  private final SlotClaims slots;
  private final ClientStore clients;
  private final CounselorStore counselors;
  private final AvailabilityService availability;
  private final BookingOutbox outbox;
  private final OutboxRelay relay;
  private final BookingMetrics metrics;
  private final BookingProperties props;
  private final BookingPolicy policy;
  private final Clock clock;

  public BookingService(BookingStore bookings, SlotClaims slots, ClientStore clients, CounselorStore counselors,
      AvailabilityService availability, BookingOutbox outbox, OutboxRelay relay, BookingMetrics metrics,
      BookingProperties props, Clock clock) {
    this.bookings = bookings;
    this.slots = slots;
    this.clients = clients;
    this.counselors = counselors;
    this.availability = availability;
    this.outbox = outbox;
    this.relay = relay;
    this.metrics = metrics;
    this.props = props;
    this.policy = props.policy();
    this.clock = clock;
  }

  public record NewBooking(String clientId, String counselorId, Instant slotStart, Modality modality) {}

  /** The answer to a create: the booking and the serialised first answer, which a replay returns unchanged. */
  public record Created(Booking booking, String answer, boolean replay) {}

  public Created create(Actor actor, NewBooking request, String idempotencyKey, String fingerprint,
      Function<Booking, String> render) {
    String scope = scopeOf(actor);
    IdempotencyKey idem = new IdempotencyKey(scope, idempotencyKey, fingerprint);
    var earlier = replay(idem);
    if (earlier != null) {
      return earlier;
    }
    ClientAccount client = actingFor(actor, request.clientId());
    client.requireConsentFor(request.modality());
    Instant now = clock.instant();
    Counselor counselor = counselors.find(request.counselorId())
        .orElseThrow(() -> Refusals.notFound("counselor", request.counselorId()));
    counselor.requireBookableOn(LocalDate.ofInstant(now, ZoneOffset.UTC));
    Slot slot = offeredSlot(counselor, request.slotStart(), now);

    String bookingId = UUID.randomUUID().toString();
    if (!slots.claim(counselor.id(), slot, bookingId, client.id(), now)) {
      Created concurrentTwin = replay(idem);
      if (concurrentTwin != null) {
        return concurrentTwin;
      }
      metrics.claim("slot_taken");
      throw Refusals.conflict("slot-taken", "Another client has just booked that slot.");
    }
    List<Runnable> undo = new ArrayList<>();
    undo.add(() -> slots.release(counselor.id(), slot.start(), bookingId));
    try {
      Entitlement entitlement = hold(client.id(), new Hold(bookingId, slot.start(), slot.end()), true);
      undo.add(() -> clients.release(client.id(), bookingId, slot.start(), entitlement));
      String week = week(slot.start(), counselor.availability().zone());
      if (!counselors.claimCapacity(counselor.id(), week, props.weeklyCapacity())) {
        throw Refusals.conflict("counselor-capacity-reached", "The counsellor's week is fully booked.");
      }
      undo.add(() -> counselors.releaseCapacity(counselor.id(), week));
      Booking booking = Booking.confirm(bookingId, client.id(), client.partnerId(), counselor.id(), counselor.clinicId(),
          request.modality(), entitlement, slot, now);
      String answer = render.apply(booking);
      try {
        bookings.insert(booking, idem, answer, outbox.entries(booking, booking.drainEvents()));
      } catch (DuplicateKeyException sameKeyMeanwhile) {
        undoAll(undo);
        undo.clear();
        Created twin = replay(idem);
        if (twin != null) {
          return twin;
        }
        throw sameKeyMeanwhile;
      }
      undo.clear();
      metrics.claim("won");
      metrics.transition(BookingStatus.CONFIRMED);
      relay.nudge();
      announce(counselor.id());
      return new Created(booking, answer, false);
    } catch (RuntimeException e) {
      undoAll(undo);
      if (e instanceof Refusals.Refusal r) {
        metrics.claim(r.code().replace('-', '_'));
      }
      throw e;
    }
  }

  public Booking get(Actor actor, String id) {
    Booking b = bookings.find(id).orElseThrow(() -> Refusals.notFound("booking", id));
    if (!Access.canRead(actor, b)) {
      throw Refusals.notFound("booking", id);
    }
    return b;
  }

  public record Page(List<Booking> items, int page, int size, long total) {}

  public Page list(Actor actor, BookingStatus status, int page, int size) {
    if (page < 0 || size < 1 || size > props.maxPageSize()) {
      throw Refusals.invalid("invalid-page", "page >= 0 and 1 <= size <= " + props.maxPageSize() + ".");
    }
    Criteria filter = Access.scope(actor);
    if (status != null) {
      filter = new Criteria().andOperator(filter, Criteria.where("status").is(status.name()));
    }
    return new Page(bookings.page(filter, page, size), page, size, bookings.count(filter));
  }

  public Booking cancel(Actor actor, String id, String reasonCode) {
    Booking b = get(actor, id);
    Party by = Access.party(actor, b);
    Instant now = clock.instant();
    b.cancel(by, reasonCode, policy, now);
    save(b);
    Entitlement refund = b.cancellation().late() ? Entitlement.NONE : b.entitlement();
    releaseAll(b, b.slot(), refund);
    announce(b.counselorId());
    return b;
  }

  /**
   * Moves a confirmed booking: the new slot and the client's new time are held first, then the
   * booking moves (version-guarded), then the old slot is released. The client always has exactly
   * one booking; if the new slot is taken nothing changes.
   */
  public Booking reschedule(Actor actor, String id, Instant newStart) {
    Booking b = get(actor, id);
    Access.party(actor, b);
    Instant now = clock.instant();
    if (b.status() != BookingStatus.CONFIRMED) {
      throw Refusals.illegalTransition(id, b.status(), "be rescheduled");
    }
    Counselor counselor = counselors.find(b.counselorId()).orElseThrow(() -> Refusals.notFound("counselor", b.counselorId()));
    counselor.requireBookableOn(LocalDate.ofInstant(now, ZoneOffset.UTC));
    Slot next = offeredSlot(counselor, newStart, now);
    if (next.equals(b.slot())) {
      return b; // a retried reschedule: already done
    }
    if (!slots.claim(b.counselorId(), next, b.id(), b.clientId(), now)) {
      metrics.claim("slot_taken");
      throw Refusals.conflict("slot-taken", "That slot is taken; the booking keeps its current slot.");
    }
    List<Runnable> undo = new ArrayList<>();
    undo.add(() -> slots.release(b.counselorId(), next.start(), b.id()));
    try {
      hold(b.clientId(), new Hold(b.id(), next.start(), next.end()), false);
      undo.add(() -> clients.release(b.clientId(), b.id(), next.start(), Entitlement.NONE));
      ZoneId zone = counselor.availability().zone();
      String oldWeek = week(b.slot().start(), zone);
      String newWeek = week(next.start(), zone);
      if (!oldWeek.equals(newWeek)) {
        if (!counselors.claimCapacity(b.counselorId(), newWeek, props.weeklyCapacity())) {
          throw Refusals.conflict("counselor-capacity-reached", "The counsellor's week is fully booked.");
        }
        undo.add(() -> counselors.releaseCapacity(b.counselorId(), newWeek));
      }
      Slot previous = b.reschedule(next, now);
      save(b);
      undo.clear();
      slots.release(b.counselorId(), previous.start(), b.id());
      clients.release(b.clientId(), b.id(), previous.start(), Entitlement.NONE);
      if (!oldWeek.equals(newWeek)) {
        counselors.releaseCapacity(b.counselorId(), oldWeek);
      }
      metrics.claim("rescheduled");
      announce(b.counselorId());
      return b;
    } catch (RuntimeException e) {
      undoAll(undo);
      throw e;
    }
  }

  public Booking start(Actor actor, String id) {
    Booking b = get(actor, id);
    Access.requireCounselor(actor, b);
    b.start(policy, clock.instant());
    save(b);
    return b;
  }

  public Booking complete(Actor actor, String id) {
    Booking b = get(actor, id);
    Access.requireCounselor(actor, b);
    b.complete(clock.instant());
    save(b);
    forgetHold(b);
    return b;
  }

  public Booking noShow(Actor actor, String id) {
    Booking b = get(actor, id);
    Access.requireCounselor(actor, b);
    b.markNoShow(policy, clock.instant());
    save(b);
    forgetHold(b);
    return b;
  }

  public Booking interruption(Actor actor, String id, Instant from, Instant to, InterruptionCause cause) {
    Booking b = get(actor, id);
    Access.party(actor, b);
    int before = b.interruptions().size();
    boolean granted = b.recordInterruption(from, to, cause, policy, clock.instant());
    if (b.interruptions().size() > before) {
      save(b);
      metrics.interruption(cause, b.partnerId(), granted);
    }
    if (b.makeUpGranted()) {
      // idempotent per booking: a repeated call (or a retry after a crash here) grants nothing twice
      clients.grantMakeUp(b.clientId(), b.id());
    }
    return b;
  }

  public ClientAccount entitlements(Actor actor, String clientId) {
    return actingFor(actor, clientId);
  }

  /** Cancels the future bookings of an erased client, then replaces the client id in all its bookings. */
  public void anonymise(String clientId) {
    cancelUpcoming(bookings.ofClient(clientId), "CLIENT_ERASED");
    bookings.anonymise(clientId, "erased-" + UUID.randomUUID());
  }

  /** A withdrawn SERVICE consent cancels the client's upcoming sessions that no valid consent covers any more. */
  public int consentWithdrawn(String clientId) {
    ClientAccount c = clients.find(clientId).orElse(null);
    if (c == null) {
      return 0;
    }
    return cancelUpcoming(bookings.ofClient(clientId).stream().filter(b -> !c.hasConsentFor(b.modality())).toList(),
        "CONSENT_WITHDRAWN");
  }

  /** A suspended counsellor may not hold sessions: the upcoming ones are cancelled so clients can rebook. */
  public int counselorSuspended(String counselorId) {
    return cancelUpcoming(bookings.upcomingOfCounselor(counselorId, clock.instant()), "COUNSELOR_SUSPENDED");
  }

  /**
   * Cancels, as the system, the confirmed bookings among these that have not started; their
   * entitlements are given back (the client is not at fault).
   */
  private int cancelUpcoming(List<Booking> candidates, String reasonCode) {
    Instant now = clock.instant();
    int cancelled = 0;
    java.util.Set<String> counselorsTouched = new java.util.HashSet<>();
    for (Booking b : candidates) {
      if (b.status() != BookingStatus.CONFIRMED || !b.slot().start().isAfter(now)) {
        continue;
      }
      b.cancel(Party.SYSTEM, reasonCode, policy, now);
      if (bookings.update(b, outbox.entries(b, b.drainEvents()))) {
        releaseAll(b, b.slot(), b.entitlement());
        metrics.transition(BookingStatus.CANCELLED);
        counselorsTouched.add(b.counselorId());
        cancelled++;
      }
    }
    if (cancelled > 0) {
      relay.nudge();
      counselorsTouched.forEach(this::announce);
    }
    return cancelled;
  }

  private void save(Booking b) {
    if (!bookings.update(b, outbox.entries(b, b.pendingEvents()))) {
      throw Refusals.conflict("booking-changed", "The booking changed meanwhile; read it again and retry.");
    }
    b.drainEvents();
    metrics.transition(b.status());
    relay.nudge();
  }

  /** A session that is over needs no hold on the client's time any more; keeps the schedule small. */
  private void forgetHold(Booking b) {
    clients.release(b.clientId(), b.id(), b.slot().start(), Entitlement.NONE);
  }

  private void releaseAll(Booking b, Slot slot, Entitlement refund) {
    slots.release(b.counselorId(), slot.start(), b.id());
    clients.release(b.clientId(), b.id(), slot.start(), refund);
    counselors.find(b.counselorId()).ifPresent(c -> counselors.releaseCapacity(b.counselorId(),
        week(slot.start(), c.availability() == null ? ZoneOffset.UTC : c.availability().zone())));
  }

  /** Adds a hold for the client if nothing else of theirs overlaps; retries when the document changed under it. */
  private Entitlement hold(String clientId, Hold hold, boolean useEntitlement) {
    for (int attempt = 0; attempt < HOLD_ATTEMPTS; attempt++) {
      ClientAccount c = clients.find(clientId).orElseThrow(() -> Refusals.notFound("client", clientId));
      c.requireFree(hold.start(), hold.end(), hold.bookingId());
      Entitlement entitlement = useEntitlement ? c.nextEntitlement() : Entitlement.NONE;
      if (clients.hold(c, hold, entitlement)) {
        return entitlement;
      }
    }
    throw Refusals.conflict("client-busy", "The client's schedule is changing; retry.");
  }

  private Slot offeredSlot(Counselor counselor, Instant start, Instant now) {
    if (!start.isAfter(now)) {
      throw Refusals.unprocessable("slot-in-past", "The slot starts at " + start + ", which is not in the future.");
    }
    if (counselor.availability() == null) {
      throw Refusals.unprocessable("slot-not-available", "The counsellor has published no availability.");
    }
    return SlotCalendar.slotAt(counselor.availability(), start)
        .orElseThrow(() -> Refusals.unprocessable("slot-not-available", "The counsellor offers no slot starting at " + start + "."));
  }

  private ClientAccount actingFor(Actor actor, String clientId) {
    boolean self = actor.has(Actor.CLIENT) && clientId.equals(actor.pseudonymId());
    if (!self && !actor.has(Actor.PARTNER)) {
      throw Refusals.notAllowed("Only the client or the partner that registered it acts for a client.");
    }
    ClientAccount c = clients.find(clientId).filter(ClientAccount::registered)
        .orElseThrow(() -> Refusals.notFound("client", clientId));
    if (!self && !c.partnerId().equals(actor.partnerId())) {
      throw Refusals.notFound("client", clientId);
    }
    return c;
  }

  private Created replay(IdempotencyKey idem) {
    return bookings.findByIdempotencyKey(idem.scope(), idem.key()).map(stored -> {
      if (!stored.idempotency().fingerprint().equals(idem.fingerprint())) {
        throw Refusals.unprocessable("idempotency-key-reused", "This Idempotency-Key was used for a different request.");
      }
      return new Created(stored.booking(), stored.firstResponse(), true);
    }).orElse(null);
  }

  private static String scopeOf(Actor actor) {
    if (actor.has(Actor.PARTNER) && actor.partnerId() != null) {
      return "partner:" + actor.partnerId();
    }
    if (actor.has(Actor.CLIENT) && actor.pseudonymId() != null) {
      return "client:" + actor.pseudonymId();
    }
    throw Refusals.notAllowed("Only a client or a partner books sessions.");
  }

  static String week(Instant start, ZoneId zone) {
    LocalDate d = start.atZone(zone).toLocalDate();
    return d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }

  private void announce(String counselorId) {
    try {
      availability.announce(counselorId);
    } catch (RuntimeException e) {
      log.warn("availability announcement for a counsellor failed; the next change announces again", e);
    }
  }

  private static void undoAll(List<Runnable> undo) {
    for (int i = undo.size() - 1; i >= 0; i--) {
      try {
        undo.get(i).run();
      } catch (RuntimeException e) {
        log.error("could not undo a claim; the claim sweeper will release it", e);
      }
    }
  }
}
