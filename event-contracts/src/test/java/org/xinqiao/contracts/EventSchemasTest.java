package org.xinqiao.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinqiao.contracts.Contracts.exists;
import static org.xinqiao.contracts.Contracts.registered;
import static org.xinqiao.contracts.Contracts.sample;
import static org.xinqiao.contracts.Contracts.schema;
import static org.xinqiao.contracts.Contracts.violations;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class EventSchemasTest {

  private static final List<String> ENVELOPE_ATTRIBUTES =
      List.of("specversion", "id", "source", "type", "time", "subject", "datacontenttype", "data");

  static Stream<EventType> types() {
    return EventTypes.all().stream();
  }

  static Stream<Arguments> requiredDataFields() {
    return types().flatMap(type -> stream(schema(type).at("/properties/data/required"))
        .map(field -> Arguments.of(type, field.stringValue())));
  }

  static Stream<Arguments> enumDataFields() {
    return types().flatMap(type -> schema(type).at("/properties/data/properties").propertyStream()
        .filter(property -> property.getValue().has("enum"))
        .map(property -> Arguments.of(type, property.getKey())));
  }

  static Stream<Arguments> envelopeAttributes() {
    return types().flatMap(type -> ENVELOPE_ATTRIBUTES.stream().map(a -> Arguments.of(type, a)));
  }

  @ParameterizedTest
  @MethodSource("types")
  void everyRegisteredTypeShipsASchemaAndAGoldenSample(EventType type) {
    assertThat(exists(type.schemaPath())).as(type.schemaPath()).isTrue();
    assertThat(exists(type.samplePath())).as(type.samplePath()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("types")
  void goldenSampleValidatesAgainstItsSchema(EventType type) {
    assertThat(violations(type, sample(type))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("types")
  void schemaIsAValidDraft202012Schema(EventType type) {
    JsonSchema metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    assertThat(metaSchema.validate(Contracts.resource(type.schemaPath()), InputFormat.JSON))
        .isEmpty();
  }

  @ParameterizedTest
  @MethodSource("types")
  void schemaPinsTheEnvelopeOfItsOwner(EventType type) {
    JsonNode schema = schema(type);

    assertThat(schema.at("/properties/type/const").stringValue()).isEqualTo(type.type());
    assertThat(schema.at("/properties/source/const").stringValue()).isEqualTo(type.source());
    assertThat(stream(schema.get("required")).map(JsonNode::stringValue))
        .containsExactlyInAnyOrderElementsOf(ENVELOPE_ATTRIBUTES);
    assertThat(schema.at("/properties/data/additionalProperties").booleanValue()).isFalse();
  }

  @ParameterizedTest
  @MethodSource("types")
  void goldenSampleIsKeyedByItsAggregateId(EventType type) {
    ObjectNode sample = sample(type);

    assertThat(sample.get("type").stringValue()).isEqualTo(type.type());
    assertThat(sample.get("source").stringValue()).isEqualTo(type.source());
    assertThat(sample.get("subject").stringValue())
        .isEqualTo(sample.get("data").get(type.subjectField()).stringValue());
  }

  @Test
  void shipsNoSchemaOrSampleForAnUnregisteredType() throws IOException, URISyntaxException {
    Set<String> registered = types().map(EventType::type).collect(Collectors.toSet());

    for (String folder : List.of("/schemas", "/samples")) {
      Path directory = Path.of(EventSchemasTest.class.getResource(folder).toURI());
      try (Stream<Path> files = Files.list(directory)) {
        assertThat(files.map(f -> f.getFileName().toString().replaceFirst("\\.json$", "")))
            .as(folder)
            .hasSameElementsAs(registered);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("envelopeAttributes")
  void rejectsEnvelopeWithoutAnAttribute(EventType type, String attribute) {
    ObjectNode broken = sample(type);
    broken.remove(attribute);

    assertThat(violations(type, broken)).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("requiredDataFields")
  void rejectsDataWithoutARequiredField(EventType type, String field) {
    ObjectNode broken = sample(type);
    data(broken).remove(field);

    assertThat(violations(type, broken)).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("types")
  void rejectsAnExtraFieldInData(EventType type) {
    ObjectNode broken = sample(type);
    data(broken).put("clientName", "someone");

    assertThat(violations(type, broken)).anyMatch(message -> message.contains("clientName"));
  }

  @ParameterizedTest
  @MethodSource("types")
  void rejectsAnExtraEnvelopeAttribute(EventType type) {
    ObjectNode broken = sample(type);
    broken.put("correlationid", "f00dfeed");

    assertThat(violations(type, broken)).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("enumDataFields")
  void rejectsAValueOutsideAnEnum(EventType type, String field) {
    ObjectNode broken = sample(type);
    data(broken).put(field, "NOT_A_VALUE");

    assertThat(violations(type, broken)).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("types")
  void rejectsAJavaClassNameAsType(EventType type) {
    ObjectNode broken = sample(type);
    broken.put("type", type.payloadClass().getName());

    assertThat(violations(type, broken)).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("types")
  void rejectsTimesThatAreNotUtcInstants(EventType type) {
    ObjectNode withOffset = sample(type);
    withOffset.put("time", "2025-03-11T10:32:00+08:00");
    ObjectNode asNumber = sample(type);
    asNumber.put("time", 1741660320L);

    assertThat(violations(type, withOffset)).isNotEmpty();
    assertThat(violations(type, asNumber)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"000000", "51000", "5100000", "910000", "Sichuan"})
  void rejectsProvinceCodesOutsideGbT2260(String code) {
    EventType type = registered(EventTypes.CLIENT_REGISTERED);
    ObjectNode broken = sample(type);
    data(broken).put("provinceCode", code);

    assertThat(violations(type, broken)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"张三", "Zhang San", ""})
  void rejectsIdsThatAreNotOpaqueTokens(String id) {
    EventType type = registered(EventTypes.BOOKING_NO_SHOW);
    ObjectNode broken = sample(type);
    data(broken).put("clientId", id);

    assertThat(violations(type, broken)).isNotEmpty();
  }

  @Test
  void rejectsAServiceConsentWithoutModalityAndAModalityOnOtherConsents() {
    EventType type = registered(EventTypes.CONSENT_GRANTED);
    ObjectNode serviceWithout = sample(type);
    data(serviceWithout).putNull("modality");
    ObjectNode healthDataWith = sample(type);
    data(healthDataWith).put("kind", "HEALTH_DATA");
    ObjectNode healthDataWithout = sample(type);
    data(healthDataWithout).put("kind", "HEALTH_DATA").putNull("modality");

    assertThat(violations(type, serviceWithout)).isNotEmpty();
    assertThat(violations(type, healthDataWith)).isNotEmpty();
    assertThat(violations(type, healthDataWithout)).isEmpty();
  }

  @Test
  void rejectsTotalsOutsideTheRangeOfTheInstrument() {
    EventType type = registered(EventTypes.ASSESSMENT_SCORED);
    ObjectNode phq9Over = sample(type);
    data(phq9Over).put("total", 28);
    ObjectNode gad7Over = sample(type);
    data(gad7Over).put("instrument", "GAD7").put("total", 22);
    ObjectNode phq9Without = sample(type);
    data(phq9Without).putNull("total");
    ObjectNode cssrsWithout = sample(type);
    data(cssrsWithout).put("instrument", "CSSRS_SCREEN").put("band", "high").putNull("total");

    assertThat(violations(type, phq9Over)).isNotEmpty();
    assertThat(violations(type, gad7Over)).isNotEmpty();
    assertThat(violations(type, phq9Without)).isNotEmpty();
    assertThat(violations(type, cssrsWithout)).isEmpty();
  }

  @Test
  void rejectsRiskFlagsThatAreNotCodes() {
    EventType type = registered(EventTypes.ASSESSMENT_SCORED);
    ObjectNode broken = sample(type);
    data(broken).putArray("riskFlags").add("thoughts of self-harm on several days");

    assertThat(violations(type, broken)).isNotEmpty();
  }

  @Test
  void rejectsALicenceScopeThatIsBothNationalAndProvincial() {
    EventType type = registered(EventTypes.COUNSELOR_ONBOARDED);
    ObjectNode both = sample(type);
    ((ObjectNode) data(both).get("licenceScope")).put("national", true);
    ObjectNode neither = sample(type);
    ((ObjectNode) data(neither).get("licenceScope")).putArray("provinceCodes");
    ObjectNode national = sample(type);
    ((ObjectNode) data(national).get("licenceScope")).put("national", true)
        .putArray("provinceCodes");

    assertThat(violations(type, both)).isNotEmpty();
    assertThat(violations(type, neither)).isNotEmpty();
    assertThat(violations(type, national)).isEmpty();
  }

  private static ObjectNode data(ObjectNode envelope) {
    return (ObjectNode) envelope.get("data");
  }

  private static Stream<JsonNode> stream(JsonNode array) {
    return array.valueStream();
  }
}
