package org.xinqiao.records.care.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xinqiao.contracts.EventCodec;
import org.xinqiao.contracts.EventEnvelope;
import org.xinqiao.contracts.EventTypes;
import org.xinqiao.kit.messaging.IncomingEvents;
import org.xinqiao.records.support.EventSchemas;
import tools.jackson.databind.JsonNode;

/** The consumer-side records read the golden samples of every event records consumes. */
class ConsumedSamplesTest {

  static final EventCodec CODEC = new EventCodec();

  static EventEnvelope<JsonNode> sample(String type) {
    return CODEC.readTree(EventSchemas.sample(type));
  }

  @ParameterizedTest
  @ValueSource(strings = {EventTypes.BOOKING_CONFIRMED, EventTypes.BOOKING_RESCHEDULED, EventTypes.BOOKING_CANCELLED})
  void bookingSamplesGiveBookingClientAndCounsellor(String type) {
    CareEventsListener.BookingIds ids = IncomingEvents.payload(sample(type), CareEventsListener.BookingIds.class);
    ids.check();
    assertThat(ids.bookingId()).isNotBlank();
    assertThat(ids.clientId()).isNotBlank();
    assertThat(ids.counselorId()).isNotBlank();
  }

  @Test
  void crisisSamplesGiveCaseClientAndTeams() {
    CareEventsListener.CaseIds opened = IncomingEvents.payload(sample(EventTypes.CRISIS_CASE_OPENED),
        CareEventsListener.CaseIds.class);
    opened.check();
    assertThat(opened.teamId()).isNotBlank();
    CareEventsListener.CaseIds escalated = IncomingEvents.payload(sample(EventTypes.CRISIS_CASE_ESCALATED),
        CareEventsListener.CaseIds.class);
    escalated.check();
    CareEventsListener.CaseIds resolved = IncomingEvents.payload(sample(EventTypes.CRISIS_CASE_RESOLVED),
        CareEventsListener.CaseIds.class);
    resolved.check();
    assertThat(resolved.caseId()).isNotBlank();
    assertThat(resolved.clientId()).isNotBlank();
  }
}
