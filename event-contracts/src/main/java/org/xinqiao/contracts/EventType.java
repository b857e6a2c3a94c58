package org.xinqiao.contracts;

import java.util.Objects;

/**
 * One registered event type: where it is published, who publishes it, which payload record it
 * carries and which field of that payload is the subject (the aggregate id and record key).
 *
 * @param type logical type, e.g. {@code booking.confirmed.v1}
 * @param topic the owner's topic, one of {@link Topics}
 * @param source the owner's CloudEvents source, one of {@link Sources}
 * @param payloadClass the record in {@code data}
 * @param subjectField the name of the payload field whose value is the envelope's subject
 */
public record EventType(
    String type, String topic, String source, Class<? extends Record> payloadClass,
    String subjectField) {

  public EventType {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(payloadClass, "payloadClass");
    Objects.requireNonNull(subjectField, "subjectField");
  }

  /**
   * Classpath path of the JSON Schema of the whole envelope, e.g.
   * {@code /schemas/booking.confirmed.v1.json}.
   */
  public String schemaPath() {
    return "/schemas/" + type + ".json";
  }

  /** Classpath path of the golden sample, e.g. {@code /samples/booking.confirmed.v1.json}. */
  public String samplePath() {
    return "/samples/" + type + ".json";
  }
}
