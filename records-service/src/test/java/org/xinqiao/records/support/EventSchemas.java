package org.xinqiao.records.support;

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
import org.xinqiao.contracts.EventType;
import org.xinqiao.contracts.EventTypes;

/** The JSON Schemas and golden samples the event contracts ship, and validation against them. */
public final class EventSchemas {

  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
  private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

  private EventSchemas() {}

  /** Violations of {@code json} against the schema of its type; empty when valid. */
  public static List<String> violations(String type, String json) {
    EventType eventType = EventTypes.find(type).orElseThrow(() -> new IllegalArgumentException("unknown type " + type));
    JsonSchema schema = SCHEMAS.computeIfAbsent(type, t -> FACTORY.getSchema(resource(eventType.schemaPath()), CONFIG));
    return schema.validate(json, InputFormat.JSON).stream().map(ValidationMessage::getMessage).toList();
  }

  public static byte[] sample(String type) {
    return resource(EventTypes.find(type).orElseThrow().samplePath()).getBytes(StandardCharsets.UTF_8);
  }

  static String resource(String path) {
    try (InputStream in = EventSchemas.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
