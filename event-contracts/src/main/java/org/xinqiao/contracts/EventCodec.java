package org.xinqiao.contracts;

import java.time.DateTimeException;
import java.time.Instant;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads event envelopes as JSON: instants as ISO-8601 strings, enums by name, no type
 * information or class names in the bytes, unknown fields ignored when reading. Thread-safe.
 */
public final class EventCodec {

  private final JsonMapper mapper = JsonMapper.builder()
      .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /** The envelope as UTF-8 JSON bytes. */
  public byte[] write(EventEnvelope<?> envelope) {
    return mapper.writeValueAsBytes(envelope);
  }

  /**
   * Reads the envelope and keeps {@code data} as a JSON tree, so a consumer can route on
   * {@code type} before it picks a payload class.
   *
   * @throws MalformedEventException if the bytes are not JSON or miss a required attribute
   */
  public EventEnvelope<JsonNode> readTree(byte[] bytes) {
    JsonNode root = parse(bytes);
    if (!root.isObject()) {
      throw new MalformedEventException("event is not a JSON object");
    }
    String specversion = optionalText(root, "specversion", EventEnvelope.SPEC_VERSION);
    if (!EventEnvelope.SPEC_VERSION.equals(specversion)) {
      throw new MalformedEventException("unsupported specversion " + specversion);
    }
    JsonNode data = root.get("data");
    if (data == null || !data.isObject()) {
      throw new MalformedEventException("event has no data object");
    }
    return new EventEnvelope<>(
        specversion,
        requiredText(root, "id"),
        requiredText(root, "source"),
        requiredText(root, "type"),
        requiredTime(root),
        requiredText(root, "subject"),
        optionalText(root, "datacontenttype", EventEnvelope.CONTENT_TYPE),
        data);
  }

  /**
   * Converts {@code data} to a payload record; fields the record does not know are ignored.
   *
   * @throws MalformedEventException if a required field is missing or a value has the wrong type
   */
  public <T> T payload(EventEnvelope<JsonNode> envelope, Class<T> payloadClass) {
    try {
      return mapper.treeToValue(envelope.data(), payloadClass);
    } catch (JacksonException e) {
      throw mismatch(envelope, payloadClass, e.getOriginalMessage(), e);
    } catch (IllegalArgumentException e) {
      throw mismatch(envelope, payloadClass, e.getMessage(), e);
    }
  }

  private static MalformedEventException mismatch(
      EventEnvelope<?> envelope, Class<?> payloadClass, String reason, Exception cause) {
    return new MalformedEventException(
        envelope.type() + " " + envelope.id() + ": data is not a " + payloadClass.getSimpleName()
            + ": " + reason, cause);
  }

  private JsonNode parse(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new MalformedEventException("event is empty");
    }
    try {
      return mapper.readTree(bytes);
    } catch (JacksonException e) {
      throw new MalformedEventException("event is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static String requiredText(JsonNode root, String attribute) {
    JsonNode node = root.get(attribute);
    if (node == null || !node.isString() || node.stringValue().isBlank()) {
      throw new MalformedEventException("event has no " + attribute);
    }
    return node.stringValue();
  }

  private static String optionalText(JsonNode root, String attribute, String fallback) {
    JsonNode node = root.get(attribute);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isString()) {
      throw new MalformedEventException(attribute + " is not a string");
    }
    return node.stringValue();
  }

  private static Instant requiredTime(JsonNode root) {
    String time = requiredText(root, "time");
    try {
      return Instant.parse(time);
    } catch (DateTimeException e) {
      throw new MalformedEventException("time is not an ISO-8601 instant: " + time, e);
    }
  }
}
