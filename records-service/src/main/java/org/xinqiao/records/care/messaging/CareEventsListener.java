package org.xinqiao.records.care.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.xinqiao.contracts.EventEnvelope;
import org.xinqiao.contracts.EventTypes;
import org.xinqiao.contracts.Topics;
import org.xinqiao.kit.messaging.IncomingEvents;
import org.xinqiao.kit.messaging.InvalidEventException;
import org.xinqiao.records.care.CareLinks;
import tools.jackson.databind.JsonNode;

/**
 * Learns from booking events which counsellor holds a booking with which client, and from crisis
 * events which cases are open for which client and team. Reads only the ids it needs; other event
 * types on these topics are ignored.
 */
@Component
class CareEventsListener {

  private static final Logger log = LoggerFactory.getLogger(CareEventsListener.class);

  private final CareLinks links;

  CareEventsListener(CareLinks links) {
    this.links = links;
  }

  /** The fields of booking.confirmed / rescheduled / cancelled records uses. */
  record BookingIds(String bookingId, String clientId, String counselorId) {
    void check() {
      if (blank(bookingId) || blank(clientId) || blank(counselorId)) {
        throw new InvalidEventException("booking event without bookingId, clientId or counselorId");
      }
    }
  }

  /** The fields of crisis.case.* records uses. */
  record CaseIds(String caseId, String clientId, String teamId, String toTeamId) {
    void check() {
      if (blank(caseId) || blank(clientId)) {
        throw new InvalidEventException("crisis event without caseId or clientId");
      }
    }
  }

  @KafkaListener(topics = Topics.BOOKING, groupId = "records-service-care")
  void onBooking(ConsumerRecord<String, byte[]> record) {
    EventEnvelope<JsonNode> event = IncomingEvents.read(record);
    String type = event.type();
    if (!type.equals(EventTypes.BOOKING_CONFIRMED) && !type.equals(EventTypes.BOOKING_RESCHEDULED)
        && !type.equals(EventTypes.BOOKING_CANCELLED)) {
      return;
    }
    BookingIds ids = IncomingEvents.payload(event, BookingIds.class);
    ids.check();
    boolean applied = type.equals(EventTypes.BOOKING_CANCELLED)
        ? links.bookingCancelled(event.id(), ids.bookingId(), ids.clientId(), ids.counselorId())
        : links.bookingHeld(event.id(), ids.bookingId(), ids.clientId(), ids.counselorId());
    log.debug("booking event {} {} for booking {}", type, applied ? "applied" : "already applied", ids.bookingId());
  }

  @KafkaListener(topics = Topics.CRISIS, groupId = "records-service-care")
  void onCrisis(ConsumerRecord<String, byte[]> record) {
    EventEnvelope<JsonNode> event = IncomingEvents.read(record);
    String type = event.type();
    if (!type.equals(EventTypes.CRISIS_CASE_OPENED) && !type.equals(EventTypes.CRISIS_CASE_ESCALATED)
        && !type.equals(EventTypes.CRISIS_CASE_RESOLVED)) {
      return;
    }
    CaseIds ids = IncomingEvents.payload(event, CaseIds.class);
    ids.check();
    boolean applied;
    if (type.equals(EventTypes.CRISIS_CASE_OPENED)) {
      if (blank(ids.teamId())) {
        throw new InvalidEventException("crisis.case.opened without teamId");
      }
      applied = links.caseOpened(event.id(), ids.caseId(), ids.clientId(), ids.teamId());
    } else if (type.equals(EventTypes.CRISIS_CASE_ESCALATED)) {
      applied = links.caseEscalated(event.id(), ids.caseId(), ids.clientId(), ids.toTeamId());
    } else {
      applied = links.caseResolved(event.id(), ids.caseId(), ids.clientId());
    }
    log.debug("crisis event {} {} for case {}", type, applied ? "applied" : "already applied", ids.caseId());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
