package org.xinqiao.crisis.cases.messaging;

import java.util.HashSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.xinqiao.contracts.EventEnvelope;
import org.xinqiao.contracts.EventTypes;
import org.xinqiao.contracts.Topics;
import org.xinqiao.contracts.booking.BookingNoShow;
import org.xinqiao.contracts.records.AssessmentScored;
import org.xinqiao.contracts.records.ClientErased;
import org.xinqiao.contracts.records.ClientRegistered;
import org.xinqiao.crisis.cases.CaseService;
import org.xinqiao.crisis.clients.ClientProfile;
import org.xinqiao.crisis.clients.ClientProfiles;
import org.xinqiao.crisis.triage.Risk;
import org.xinqiao.crisis.triage.Signal;
import tools.jackson.databind.JsonNode;

/**
 * Signals and client facts from other services' events. Idempotent: profile writes are naturally
 * so, and a case remembers the id of every event it absorbed, so a redelivered event changes
 * nothing twice. Other event types on these topics are ignored.
 */
@Component
class SignalEventsListener {

  private final CaseService cases;
  private final ClientProfiles profiles;

  SignalEventsListener(CaseService cases, ClientProfiles profiles) {
    this.cases = cases;
    this.profiles = profiles;
  }

  @KafkaListener(topics = Topics.RECORDS, id = "crisis-records", groupId = "${spring.kafka.consumer.group-id}")
  void onRecords(ConsumerRecord<String, byte[]> record) {
    EventEnvelope<JsonNode> event = org.xinqiao.kit.messaging.IncomingEvents.read(record);
    switch (event.type()) {
      case EventTypes.CLIENT_REGISTERED -> {
        ClientRegistered c = org.xinqiao.kit.messaging.IncomingEvents.payload(event, ClientRegistered.class);
        profiles.registered(event.id(), c.clientId(), c.partnerId(), c.provinceCode());
      }
      case EventTypes.ASSESSMENT_SCORED -> {
        AssessmentScored a = org.xinqiao.kit.messaging.IncomingEvents.payload(event, AssessmentScored.class);
        Risk risk = Risk.valueOf(a.riskLevel().name());
        profiles.assessed(a.clientId(), risk, a.provinceCode(), a.scoredAt());
        cases.receive(a.clientId(), Signal.assessment(a.instrument().name(), risk, new HashSet<>(a.riskFlags())),
            a.provinceCode(), "evt:" + event.id(), null);
      }
      case EventTypes.CLIENT_ERASED -> {
        ClientErased e = org.xinqiao.kit.messaging.IncomingEvents.payload(event, ClientErased.class);
        cases.clientErased(e.clientId());
      }
      default -> {
        // not a crisis matter
      }
    }
  }

  @KafkaListener(topics = Topics.BOOKING, id = "crisis-bookings", groupId = "${spring.kafka.consumer.group-id}")
  void onBookings(ConsumerRecord<String, byte[]> record) {
    EventEnvelope<JsonNode> event = org.xinqiao.kit.messaging.IncomingEvents.read(record);
    if (!EventTypes.BOOKING_NO_SHOW.equals(event.type())) {
      return;
    }
    BookingNoShow noShow = org.xinqiao.kit.messaging.IncomingEvents.payload(event, BookingNoShow.class);
    ClientProfile profile = profiles.find(noShow.clientId());
    cases.receive(noShow.clientId(), Signal.noShow(profile.latestRisk()), null, "evt:" + event.id(), null);
  }
}
