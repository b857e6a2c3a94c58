package org.xinqiao.matching.match.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.xinqiao.contracts.EventEnvelope;
import org.xinqiao.contracts.EventTypes;
import org.xinqiao.contracts.Topics;
import org.xinqiao.contracts.records.AssessmentScored;
import org.xinqiao.contracts.records.ClientErased;
import org.xinqiao.contracts.records.ClientRegistered;
import org.xinqiao.kit.messaging.IncomingEvents;
import org.xinqiao.matching.match.ClientStore;
import org.xinqiao.matching.match.MatchStore;
import org.xinqiao.matching.match.RiskLevel;
import tools.jackson.databind.JsonNode;

/**
 * From {@code records.events}: which partner registered a client, the latest risk level, and
 * erasure (the client's match preferences are forgotten). Other types are ignored.
 */
@Component
class RecordsEventsListener {

  private final ClientStore clients;
  private final MatchStore matches;

  RecordsEventsListener(ClientStore clients, MatchStore matches) {
    this.clients = clients;
    this.matches = matches;
  }

  @KafkaListener(topics = Topics.RECORDS, groupId = "${spring.kafka.consumer.group-id:matching-service}")
  void on(ConsumerRecord<String, byte[]> record) {
    EventEnvelope<JsonNode> event = IncomingEvents.read(record);
    switch (event.type()) {
      case EventTypes.CLIENT_REGISTERED -> {
        ClientRegistered e = IncomingEvents.payload(event, ClientRegistered.class);
        clients.registered(e.clientId(), e.partnerId(), event.id());
      }
      case EventTypes.ASSESSMENT_SCORED -> {
        AssessmentScored e = IncomingEvents.payload(event, AssessmentScored.class);
        clients.riskScored(e.clientId(), RiskLevel.valueOf(e.riskLevel().name()), e.scoredAt(), event.id());
      }
      case EventTypes.CLIENT_ERASED -> {
        ClientErased e = IncomingEvents.payload(event, ClientErased.class);
        clients.erased(e.clientId(), e.partnerId(), event.id());
        matches.forgetPreferences(e.clientId());
      }
      default -> {
        // not needed by matching
      }
    }
  }
}
