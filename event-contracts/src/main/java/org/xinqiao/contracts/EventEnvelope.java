package org.xinqiao.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One event as it travels on Kafka, with CloudEvents attribute names. The {@code subject} is the
 * aggregate id and also the record key; the correlation id travels as a Kafka header, not here.
 *
 * @param <T> the payload type, a record from one of the owner packages (or a JSON tree when read)
 */
public record EventEnvelope<T>(
    String specversion,
    String id,
    String source,
    String type,
    Instant time,
    String subject,
    String datacontenttype,
    T data) {

  /** The only CloudEvents version written and read. */
  public static final String SPEC_VERSION = "1.0";

  /** The only content type of {@code data}. */
  public static final String CONTENT_TYPE = "application/json";

  public EventEnvelope {
    requireText(specversion, "specversion");
    requireText(id, "id");
    requireText(source, "source");
    requireText(type, "type");
    Objects.requireNonNull(time, "time");
    requireText(subject, "subject");
    requireText(datacontenttype, "datacontenttype");
    Objects.requireNonNull(data, "data");
  }

  /** A new event with a random id, spec version 1.0 and JSON content. */
  public static <T> EventEnvelope<T> of(
      String source, String type, String subject, Instant time, T data) {
    return new EventEnvelope<>(
        SPEC_VERSION, UUID.randomUUID().toString(), source, type, time, subject, CONTENT_TYPE,
        data);
  }

  /**
   * A new event whose source and type come from the registry, so they cannot disagree with the
   * schema; {@code data} must be an instance of the registered payload class.
   */
  public static <T> EventEnvelope<T> of(EventType eventType, String subject, Instant time, T data) {
    Objects.requireNonNull(data, "data");
    if (!eventType.payloadClass().isInstance(data)) {
      throw new IllegalArgumentException(
          eventType.type() + " carries " + eventType.payloadClass().getSimpleName()
              + ", not " + data.getClass().getSimpleName());
    }
    return of(eventType.source(), eventType.type(), subject, time, data);
  }

  private static void requireText(String value, String attribute) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(attribute + " must not be blank");
    }
  }
}
