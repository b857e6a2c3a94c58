package org.xinqiao.matching.match.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.xinqiao.contracts.EventEnvelope;
import org.xinqiao.contracts.EventTypes;
import org.xinqiao.contracts.Topics;
import org.xinqiao.contracts.booking.AvailabilityChanged;
import org.xinqiao.contracts.booking.BookingConfirmed;
import org.xinqiao.kit.messaging.IncomingEvents;
import org.xinqiao.matching.counselor.CounselorService;
import org.xinqiao.matching.match.ClientStore;
import tools.jackson.databind.JsonNode;

/**
 * From {@code booking.events}: each counsellor's next free slot and free slot count (ranking, and
 * a retry of waiting requests), and the counsellor of each confirmed booking (continuity).
 */
@Component
class BookingEventsListener {

  private final CounselorService counselors;
  private final ClientStore clients;

  BookingEventsListener(CounselorService counselors, ClientStore clients) {
    this.counselors = counselors;
    this.clients = clients;
  }

  @KafkaListener(topics = Topics.BOOKING, groupId = "${spring.kafka.consumer.group-id:matching-service}")
  void on(ConsumerRecord<String, byte[]> record) {
    EventEnvelope<JsonNode> event = IncomingEvents.read(record);
    switch (event.type()) {
      case EventTypes.AVAILABILITY_CHANGED -> {
        AvailabilityChanged e = IncomingEvents.payload(event, AvailabilityChanged.class);
        counselors.availabilityChanged(e.counselorId(), e.nextFreeSlotStart(), e.freeSlotsNext14Days(), e.changedAt(),
            event.id());
      }
      case EventTypes.BOOKING_CONFIRMED -> {
        BookingConfirmed e = IncomingEvents.payload(event, BookingConfirmed.class);
        clients.bookingConfirmed(e.clientId(), e.counselorId(), e.confirmedAt(), event.id());
      }
      default -> {
        // not needed by matching
      }
    }
  }
}
