package org.xinqiao.kit.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.xinqiao.contracts.EventCodec;
import org.xinqiao.contracts.EventEnvelope;
import org.xinqiao.contracts.MalformedEventException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a consumed record into an envelope. A record that is not a valid envelope throws
 * {@link MalformedEventException}, which the error handler sends to the dead letter topic at once.
 */
public final class IncomingEvents {

  private static final EventCodec CODEC = new EventCodec();

  private IncomingEvents() {}

  public static EventEnvelope<JsonNode> read(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      throw new MalformedEventException("record has no value");
    }
    return CODEC.readTree(record.value());
  }

  /** The payload as the consumer's record type; unknown fields are ignored. */
  public static <T> T payload(EventEnvelope<JsonNode> envelope, Class<T> type) {
    return CODEC.payload(envelope, type);
  }
}
