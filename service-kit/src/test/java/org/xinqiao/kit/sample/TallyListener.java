package org.xinqiao.kit.sample;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.xinqiao.contracts.EventEnvelope;
import org.xinqiao.kit.messaging.IncomingEvents;
import org.xinqiao.kit.messaging.ProcessedEvents;
import tools.jackson.databind.JsonNode;

/** Counts opened tickets per ticket id, idempotently. */
@Component
class TallyListener {

  private final MongoTemplate mongo;

  TallyListener(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @KafkaListener(topics = TicketController.TOPIC, groupId = "sample-tally")
  void on(ConsumerRecord<String, byte[]> record) {
    EventEnvelope<JsonNode> event = IncomingEvents.read(record);
    ProcessedEvents.upsertOnce(mongo, "tallies", event.subject(), event.id(), new Update().inc("count", 1));
  }
}
