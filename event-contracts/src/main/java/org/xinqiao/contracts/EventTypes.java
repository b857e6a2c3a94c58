package org.xinqiao.contracts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xinqiao.contracts.booking.AvailabilityChanged;
import org.xinqiao.contracts.booking.BookingCancelled;
import org.xinqiao.contracts.booking.BookingCompleted;
import org.xinqiao.contracts.booking.BookingConfirmed;
import org.xinqiao.contracts.booking.BookingNoShow;
import org.xinqiao.contracts.booking.BookingRescheduled;
import org.xinqiao.contracts.booking.BookingStarted;
import org.xinqiao.contracts.booking.SessionInterrupted;
import org.xinqiao.contracts.crisis.CrisisCaseAcknowledged;
import org.xinqiao.contracts.crisis.CrisisCaseEscalated;
import org.xinqiao.contracts.crisis.CrisisCaseOpened;
import org.xinqiao.contracts.crisis.CrisisCaseResolved;
import org.xinqiao.contracts.crisis.CrisisPage;
import org.xinqiao.contracts.matching.CounselorOnboarded;
import org.xinqiao.contracts.matching.CounselorRejected;
import org.xinqiao.contracts.matching.CounselorReinstated;
import org.xinqiao.contracts.matching.CounselorSuspended;
import org.xinqiao.contracts.matching.CounselorVerified;
import org.xinqiao.contracts.matching.MatchAccepted;
import org.xinqiao.contracts.matching.MatchProposed;
import org.xinqiao.contracts.records.AssessmentScored;
import org.xinqiao.contracts.records.ClientErased;
import org.xinqiao.contracts.records.ClientRegistered;
import org.xinqiao.contracts.records.ConsentGranted;
import org.xinqiao.contracts.records.ConsentWithdrawn;

/**
 * The logical event type names and the registry that maps each one to its topic, source, payload
 * record, schema and golden sample. Routing is always on these names, never on Java class names.
 */
public final class EventTypes {

  // records.events
  public static final String CLIENT_REGISTERED = "client.registered.v1";
  public static final String CLIENT_ERASED = "client.erased.v1";
  public static final String CONSENT_GRANTED = "consent.granted.v1";
  public static final String CONSENT_WITHDRAWN = "consent.withdrawn.v1";
  public static final String ASSESSMENT_SCORED = "assessment.scored.v1";

  // matching.events
  public static final String COUNSELOR_ONBOARDED = "counselor.onboarded.v1";
  public static final String COUNSELOR_VERIFIED = "counselor.verified.v1";
  public static final String COUNSELOR_REJECTED = "counselor.rejected.v1";
  public static final String COUNSELOR_SUSPENDED = "counselor.suspended.v1";
  public static final String COUNSELOR_REINSTATED = "counselor.reinstated.v1";
  public static final String MATCH_PROPOSED = "match.proposed.v1";
  public static final String MATCH_ACCEPTED = "match.accepted.v1";

  // booking.events
  public static final String AVAILABILITY_CHANGED = "availability.changed.v1";
  public static final String BOOKING_CONFIRMED = "booking.confirmed.v1";
  public static final String BOOKING_CANCELLED = "booking.cancelled.v1";
  public static final String BOOKING_RESCHEDULED = "booking.rescheduled.v1";
  public static final String BOOKING_STARTED = "booking.started.v1";
  public static final String BOOKING_COMPLETED = "booking.completed.v1";
  public static final String BOOKING_NO_SHOW = "booking.no_show.v1";
  public static final String SESSION_INTERRUPTED = "session.interrupted.v1";

  // crisis.events
  public static final String CRISIS_CASE_OPENED = "crisis.case.opened.v1";
  public static final String CRISIS_CASE_ESCALATED = "crisis.case.escalated.v1";
  public static final String CRISIS_CASE_ACKNOWLEDGED = "crisis.case.acknowledged.v1";
  public static final String CRISIS_CASE_RESOLVED = "crisis.case.resolved.v1";

  // crisis.notifications
  public static final String CRISIS_PAGE = "crisis.page.v1";

  private static final Map<String, EventType> REGISTRY = register(
      records(CLIENT_REGISTERED, ClientRegistered.class, "clientId"),
      records(CLIENT_ERASED, ClientErased.class, "clientId"),
      records(CONSENT_GRANTED, ConsentGranted.class, "consentId"),
      records(CONSENT_WITHDRAWN, ConsentWithdrawn.class, "consentId"),
      records(ASSESSMENT_SCORED, AssessmentScored.class, "assessmentId"),
      matching(COUNSELOR_ONBOARDED, CounselorOnboarded.class, "counselorId"),
      matching(COUNSELOR_VERIFIED, CounselorVerified.class, "counselorId"),
      matching(COUNSELOR_REJECTED, CounselorRejected.class, "counselorId"),
      matching(COUNSELOR_SUSPENDED, CounselorSuspended.class, "counselorId"),
      matching(COUNSELOR_REINSTATED, CounselorReinstated.class, "counselorId"),
      matching(MATCH_PROPOSED, MatchProposed.class, "matchId"),
      matching(MATCH_ACCEPTED, MatchAccepted.class, "matchId"),
      booking(AVAILABILITY_CHANGED, AvailabilityChanged.class, "counselorId"),
      booking(BOOKING_CONFIRMED, BookingConfirmed.class, "bookingId"),
      booking(BOOKING_CANCELLED, BookingCancelled.class, "bookingId"),
      booking(BOOKING_RESCHEDULED, BookingRescheduled.class, "bookingId"),
      booking(BOOKING_STARTED, BookingStarted.class, "bookingId"),
      booking(BOOKING_COMPLETED, BookingCompleted.class, "bookingId"),
      booking(BOOKING_NO_SHOW, BookingNoShow.class, "bookingId"),
      booking(SESSION_INTERRUPTED, SessionInterrupted.class, "bookingId"),
      crisis(CRISIS_CASE_OPENED, CrisisCaseOpened.class, "caseId"),
      crisis(CRISIS_CASE_ESCALATED, CrisisCaseEscalated.class, "caseId"),
      crisis(CRISIS_CASE_ACKNOWLEDGED, CrisisCaseAcknowledged.class, "caseId"),
      crisis(CRISIS_CASE_RESOLVED, CrisisCaseResolved.class, "caseId"),
      new EventType(CRISIS_PAGE, Topics.CRISIS_NOTIFICATIONS, Sources.CRISIS, CrisisPage.class, "caseId"));

  private EventTypes() {
  }

  /** The registered type with this logical name, if any. */
  public static Optional<EventType> find(String type) {
    return Optional.ofNullable(REGISTRY.get(type));
  }

  /** Every registered type, grouped by topic in a stable order. */
  public static List<EventType> all() {
    return List.copyOf(REGISTRY.values());
  }

  private static EventType records(String type, Class<? extends Record> payload, String subject) {
    return new EventType(type, Topics.RECORDS, Sources.RECORDS, payload, subject);
  }

  private static EventType matching(String type, Class<? extends Record> payload, String subject) {
    return new EventType(type, Topics.MATCHING, Sources.MATCHING, payload, subject);
  }

  private static EventType booking(String type, Class<? extends Record> payload, String subject) {
    return new EventType(type, Topics.BOOKING, Sources.BOOKING, payload, subject);
  }

  private static EventType crisis(String type, Class<? extends Record> payload, String subject) {
    return new EventType(type, Topics.CRISIS, Sources.CRISIS, payload, subject);
  }

  private static Map<String, EventType> register(EventType... types) {
    Map<String, EventType> registry = new LinkedHashMap<>();
    for (EventType type : types) {
      if (registry.putIfAbsent(type.type(), type) != null) {
        throw new IllegalStateException("duplicate event type " + type.type());
      }
    }
    return Collections.unmodifiableMap(registry);
  }
}
