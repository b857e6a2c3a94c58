package org.xinqiao.kit.outbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.MDC;
import org.springframework.data.mongodb.core.query.Update;
import org.xinqiao.contracts.EventCodec;
import org.xinqiao.contracts.EventEnvelope;
import org.xinqiao.kit.observability.CorrelationId;

/**
 * Turns envelopes into outbox entries for the document being written. Use {@link #push} on the
 * same update that changes the aggregate, or put {@link #entry} into the document being inserted;
 * then {@link OutboxRelay#nudge()} to publish without waiting for the next poll.
 */
public final class Outbox {

  /** The array field holding pending events in every aggregate document. */
  public static final String FIELD = "outbox";
  /** The lease field a relay sets while it publishes a document's events. */
  public static final String LEASE = "outboxLease";

  private static final EventCodec CODEC = new EventCodec();

  private Outbox() {}

  public static OutboxEvent entry(String topic, EventEnvelope<?> envelope) {
    return new OutboxEvent(
        envelope.id(),
        topic,
        envelope.subject(),
        envelope.type(),
        new String(CODEC.write(envelope), StandardCharsets.UTF_8),
        MDC.get(CorrelationId.MDC_KEY),
        traceparent(),
        envelope.time());
  }

  /** Adds the entries to an update, in order, beside the state change it already holds. */
  public static Update push(Update update, List<OutboxEvent> entries) {
    if (!entries.isEmpty()) {
      update.push(FIELD).each(entries.toArray());
    }
    return update;
  }

  static String traceparent() {
    String traceId = MDC.get("traceId");
    String spanId = MDC.get("spanId");
    if (traceId == null || spanId == null || traceId.length() != 32 || spanId.length() != 16) {
      return null;
    }
    return "00-" + traceId + "-" + spanId + "-01";
  }
}
