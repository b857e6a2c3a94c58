package org.xinqiao.booking.client.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.xinqiao.booking.booking.BookingService;
import org.xinqiao.booking.client.ClientStore;
import org.xinqiao.contracts.EventEnvelope;
import org.xinqiao.contracts.EventTypes;
import org.xinqiao.contracts.Topics;
import org.xinqiao.contracts.records.ClientErased;
import org.xinqiao.contracts.records.ClientRegistered;
import org.xinqiao.contracts.records.ConsentGranted;
import org.xinqiao.contracts.records.ConsentKind;
import org.xinqiao.contracts.records.ConsentWithdrawn;
import org.xinqiao.kit.messaging.IncomingEvents;
import tools.jackson.databind.JsonNode;

/**
 * Records events booking needs: which partner registered a client, SERVICE consents per modality
 * (granted and withdrawn ids are kept apart, so arrival order does not matter), and erasure. Each
 * event is applied once per client document.
 */
@Component
class RecordsEventsListener {

  private final ClientStore clients;
  private final BookingService bookings;

  RecordsEventsListener(ClientStore clients, BookingService bookings) {
    this.clients = clients;
    this.bookings = bookings;
  }

  @KafkaListener(topics = Topics.RECORDS, groupId = "booking-service")
  void on(ConsumerRecord<String, byte[]> record) {
    EventEnvelope<JsonNode> event = IncomingEvents.read(record);
    switch (event.type()) {
      case EventTypes.CLIENT_REGISTERED -> {
        ClientRegistered e = IncomingEvents.payload(event, ClientRegistered.class);
        clients.applyOnce(e.clientId(), event.id(), new Update().set("partnerId", e.partnerId()));
      }
      case EventTypes.CONSENT_GRANTED -> {
        ConsentGranted e = IncomingEvents.payload(event, ConsentGranted.class);
        if (e.kind() == ConsentKind.SERVICE) {
          clients.applyOnce(e.clientId(), event.id(), new Update().set("grants." + e.consentId(), e.modality().name()));
        }
      }
      case EventTypes.CONSENT_WITHDRAWN -> {
        ConsentWithdrawn e = IncomingEvents.payload(event, ConsentWithdrawn.class);
        if (e.kind() == ConsentKind.SERVICE) {
          if (clients.applyOnce(e.clientId(), event.id(), new Update().addToSet("withdrawn", e.consentId()))) {
            bookings.consentWithdrawn(e.clientId());
          }
        }
      }
      case EventTypes.CLIENT_ERASED -> {
        ClientErased e = IncomingEvents.payload(event, ClientErased.class);
        if (clients.applyOnce(e.clientId(), event.id(), new Update().set("erased", true)
            .unset("grants").unset("withdrawn").unset("partnerId"))) {
          bookings.anonymise(e.clientId());
        }
      }
      default -> {
        // other records events are not booking's business
      }
    }
  }
}
