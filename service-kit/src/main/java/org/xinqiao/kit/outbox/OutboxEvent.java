package org.xinqiao.kit.outbox;

import java.time.Instant;
import java.util.Objects;

/**
 * An event waiting to be published, stored in the {@code outbox} array of the very document whose
 * change it announces, so the change and its event are written in one atomic operation. The relay
 * publishes and then removes it.
 *
 * @param payload the serialised envelope, published as the record value unchanged
 * @param traceparent W3C trace context of the request that caused it, carried to consumers
 */
public record OutboxEvent(
    String eventId,
    String topic,
    String key,
    String type,
    String payload,
    String correlationId,
    String traceparent,
    Instant createdAt) {

  public OutboxEvent {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
