package org.xinqiao.contracts;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The shipped schemas and samples, and validation with a real JSON Schema library. */
final class Contracts {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
  private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

  private Contracts() {
  }

  /** Validation errors of {@code json} against the schema of {@code type}; empty when valid. */
  static List<String> violations(EventType type, String json) {
    JsonSchema schema = SCHEMAS.computeIfAbsent(type.type(), t -> load(type.schemaPath()));
    return schema.validate(json, InputFormat.JSON).stream()
        .map(ValidationMessage::getMessage)
        .toList();
  }

  static List<String> violations(EventType type, JsonNode json) {
    return violations(type, JSON.writeValueAsString(json));
  }

  static String resource(String path) {
    try (InputStream in = Contracts.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean exists(String path) {
    return Contracts.class.getResource(path) != null;
  }

  static ObjectNode sample(EventType type) {
    return (ObjectNode) JSON.readTree(resource(type.samplePath()));
  }

  static JsonNode schema(EventType type) {
    return JSON.readTree(resource(type.schemaPath()));
  }

  static EventType registered(String type) {
    return EventTypes.find(type).orElseThrow();
  }

  private static JsonSchema load(String path) {
    try (InputStream in = Contracts.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no schema " + path);
      }
      return FACTORY.getSchema(in, CONFIG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
