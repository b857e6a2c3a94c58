package org.xinqiao.booking.counselor.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.xinqiao.booking.booking.BookingService;
import org.xinqiao.booking.counselor.CounselorStatus;
import org.xinqiao.booking.counselor.CounselorStore;
import org.xinqiao.contracts.EventEnvelope;
import org.xinqiao.contracts.EventTypes;
import org.xinqiao.contracts.Topics;
import org.xinqiao.contracts.matching.CounselorOnboarded;
import org.xinqiao.contracts.matching.CounselorRejected;
import org.xinqiao.contracts.matching.CounselorReinstated;
import org.xinqiao.contracts.matching.CounselorSuspended;
import org.xinqiao.contracts.matching.CounselorVerified;
import org.xinqiao.kit.messaging.IncomingEvents;
import tools.jackson.databind.JsonNode;

/**
 * Matching's counsellor lifecycle: bookable = verified and not suspended; the clinic gives the
 * clinic-admin rights; a suspension cancels the counsellor's upcoming sessions. Events of one counsellor share a key, so they arrive in order; each is applied
 * once.
 */
@Component
class CounselorEventsListener {

  private final CounselorStore counselors;
  private final BookingService bookings;

  CounselorEventsListener(CounselorStore counselors, BookingService bookings) {
    this.counselors = counselors;
    this.bookings = bookings;
  }

  @KafkaListener(topics = Topics.MATCHING, groupId = "booking-service")
  void on(ConsumerRecord<String, byte[]> record) {
    EventEnvelope<JsonNode> event = IncomingEvents.read(record);
    switch (event.type()) {
      case EventTypes.COUNSELOR_ONBOARDED -> {
        CounselorOnboarded e = IncomingEvents.payload(event, CounselorOnboarded.class);
        counselors.applyOnce(e.counselorId(), event.id(), new Update().set("clinicId", e.clinicId())
            .setOnInsert("status", CounselorStatus.ONBOARDED.name()));
      }
      case EventTypes.COUNSELOR_VERIFIED -> {
        CounselorVerified e = IncomingEvents.payload(event, CounselorVerified.class);
        counselors.applyOnce(e.counselorId(), event.id(), new Update().set("clinicId", e.clinicId())
            .set("status", CounselorStatus.VERIFIED.name()).set("licenceExpiresOn", e.licenceExpiresOn().toString()));
      }
      case EventTypes.COUNSELOR_SUSPENDED -> {
        CounselorSuspended e = IncomingEvents.payload(event, CounselorSuspended.class);
        if (counselors.applyOnce(e.counselorId(), event.id(),
            new Update().set("clinicId", e.clinicId()).set("suspended", true))) {
          bookings.counselorSuspended(e.counselorId());
        }
      }
      case EventTypes.COUNSELOR_REINSTATED -> {
        CounselorReinstated e = IncomingEvents.payload(event, CounselorReinstated.class);
        counselors.applyOnce(e.counselorId(), event.id(), new Update().set("clinicId", e.clinicId()).set("suspended", false));
      }
      case EventTypes.COUNSELOR_REJECTED -> {
        CounselorRejected e = IncomingEvents.payload(event, CounselorRejected.class);
        counselors.applyOnce(e.counselorId(), event.id(), new Update().set("clinicId", e.clinicId())
            .set("status", CounselorStatus.REJECTED.name()));
      }
      default -> {
        // match events are not booking's business
      }
    }
  }
}
