package org.xinqiao.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinqiao.contracts.Contracts.JSON;
import static org.xinqiao.contracts.Contracts.sample;
import static org.xinqiao.contracts.Contracts.schema;
import static org.xinqiao.contracts.Contracts.violations;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xinqiao.contracts.matching.LicenceScope;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Payload records and schemas cannot drift apart: each is checked against the other. */
class EventRoundTripTest {

  private final EventCodec codec = new EventCodec();

  static Stream<EventType> types() {
    return EventTypes.all().stream();
  }

  static Stream<Arguments> dataFields() {
    return types().flatMap(type -> sample(type).get("data").propertyNames().stream()
        .map(field -> Arguments.of(type, field)));
  }

  @ParameterizedTest
  @MethodSource("types")
  void goldenSampleSurvivesAReadAndRewriteThroughItsPayloadRecord(EventType type) {
    EventEnvelope<JsonNode> read = codec.readTree(bytes(sample(type)));
    Record payload = codec.payload(read, type.payloadClass());

    byte[] written = codec.write(
        EventEnvelope.of(read.source(), read.type(), read.subject(), read.time(), payload));

    assertThat(violations(type, new String(written, StandardCharsets.UTF_8))).isEmpty();
    assertThat(JSON.readTree(written).get("data")).isEqualTo(sample(type).get("data"));
  }

  @ParameterizedTest
  @MethodSource("types")
  void payloadRecordHasExactlyTheFieldsOfTheSchema(EventType type) {
    JsonNode properties = schema(type).at("/properties/data/properties");

    assertThat(componentNames(type.payloadClass()))
        .containsExactlyElementsOf(properties.propertyNames());
  }

  @ParameterizedTest
  @MethodSource("types")
  void nestedRecordsHaveExactlyTheFieldsOfTheSchema(EventType type) {
    JsonNode properties = schema(type).at("/properties/data/properties");

    for (RecordComponent component : type.payloadClass().getRecordComponents()) {
      if (component.getType() == LicenceScope.class) {
        JsonNode nested = properties.get(component.getName()).get("properties");
        assertThat(componentNames(LicenceScope.class))
            .containsExactlyElementsOf(nested.propertyNames());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dataFields")
  void aMissingDataFieldFailsTheSchemaExactlyWhenThePayloadRecordRefusesIt(
      EventType type, String field) {
    ObjectNode broken = sample(type);
    ((ObjectNode) broken.get("data")).remove(field);

    assertThat(refusedByRecord(type, broken))
        .as("record refuses %s without %s", type.type(), field)
        .isEqualTo(refusedBySchema(type, broken));
  }

  @ParameterizedTest
  @MethodSource("dataFields")
  void aNullDataFieldFailsTheSchemaExactlyWhenThePayloadRecordRefusesIt(
      EventType type, String field) {
    ObjectNode broken = sample(type);
    ((ObjectNode) broken.get("data")).putNull(field);

    assertThat(refusedByRecord(type, broken))
        .as("record refuses %s with null %s", type.type(), field)
        .isEqualTo(refusedBySchema(type, broken));
  }

  private boolean refusedByRecord(EventType type, ObjectNode envelope) {
    try {
      codec.payload(codec.readTree(bytes(envelope)), type.payloadClass());
      return false;
    } catch (MalformedEventException e) {
      return true;
    }
  }

  private static boolean refusedBySchema(EventType type, ObjectNode envelope) {
    return !violations(type, envelope).isEmpty();
  }

  private static byte[] bytes(JsonNode node) {
    return JSON.writeValueAsBytes(node);
  }

  private static Iterable<String> componentNames(Class<?> recordClass) {
    return Arrays.stream(recordClass.getRecordComponents()).map(RecordComponent::getName).toList();
  }
}
