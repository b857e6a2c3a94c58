package org.xinqiao.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.xinqiao.contracts.EventEnvelope;
import org.xinqiao.contracts.EventTypes;
import org.xinqiao.contracts.booking.AvailabilityChanged;
import org.xinqiao.contracts.booking.BookingConfirmed;
import org.xinqiao.contracts.records.AssessmentScored;
import org.xinqiao.contracts.records.ClientErased;
import org.xinqiao.contracts.records.ClientRegistered;
import org.xinqiao.kit.messaging.IncomingEvents;
import org.xinqiao.kit.outbox.OutboxEvent;
import org.xinqiao.matching.counselor.CounselorEvent;
import org.xinqiao.matching.counselor.Licence;
import org.xinqiao.matching.counselor.messaging.CounselorEventMapper;
import org.xinqiao.matching.match.MatchEvent;
import org.xinqiao.matching.match.messaging.MatchEventMapper;
import org.xinqiao.matching.support.Fixed;
import tools.jackson.databind.JsonNode;

/** Every event matching publishes meets its schema; the consumers read every golden sample. */
class EventContractTest {

  static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  static String resource(String path) throws IOException {
    try (InputStream in = EventContractTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static void assertValid(OutboxEvent e) throws IOException {
    var type = EventTypes.find(e.type()).orElseThrow();
    var schema = FACTORY.getSchema(resource(type.schemaPath()), InputFormat.JSON, CONFIG);
    assertThat(schema.validate(e.payload(), InputFormat.JSON)).as(e.type() + ": " + e.payload()).isEmpty();
  }

  @Test
  void publishedCounsellorEventsMeetTheirSchemas() throws IOException {
    Licence provincial = new Licence("L-1", false, Set.of("540000", "510000"), LocalDate.of(2028, 1, 1));
    List<OutboxEvent> entries = CounselorEventMapper.outbox(List.of(
        new CounselorEvent.Onboarded("c1", "k1", "510000", provincial, Fixed.NOW),
        new CounselorEvent.Onboarded("c2", "k1", "510000", new Licence("L-2", true, Set.of(), LocalDate.of(2028, 1, 1)),
            Fixed.NOW),
        new CounselorEvent.Verified("c1", "k1", LocalDate.of(2028, 1, 1), Fixed.NOW),
        new CounselorEvent.Rejected("c1", "k1", "LICENCE_NOT_FOUND", Fixed.NOW),
        new CounselorEvent.Suspended("c1", "k1", "LICENCE_EXPIRED", Fixed.NOW),
        new CounselorEvent.Reinstated("c1", "k1", Fixed.NOW)));
    assertThat(entries).extracting(OutboxEvent::type).containsExactly("counselor.onboarded.v1",
        "counselor.onboarded.v1", "counselor.verified.v1", "counselor.rejected.v1", "counselor.suspended.v1",
        "counselor.reinstated.v1");
    for (OutboxEvent e : entries) {
      assertValid(e);
      assertThat(e.key()).isIn("c1", "c2");
      assertThat(e.topic()).isEqualTo("matching.events");
    }
    assertThat(entries.get(0).payload()).doesNotContain("L-1");
  }

  @Test
  void publishedMatchEventsMeetTheirSchemas() throws IOException {
    for (OutboxEvent e : MatchEventMapper.outbox(List.of(
        new MatchEvent.Proposed("m1", "client-1", List.of("c1", "c2"), Fixed.NOW),
        new MatchEvent.Accepted("m1", "client-1", "c2", Fixed.NOW)))) {
      assertValid(e);
      assertThat(e.key()).isEqualTo("m1");
    }
  }

  static EventEnvelope<JsonNode> sample(String type) throws IOException {
    byte[] bytes = resource(EventTypes.find(type).orElseThrow().samplePath()).getBytes(StandardCharsets.UTF_8);
    return IncomingEvents.read(new ConsumerRecord<>("t", 0, 0, "k", bytes));
  }

  @Test
  void consumersReadTheGoldenSamplesOfEveryEventTheyUse() throws IOException {
    assertThat(IncomingEvents.payload(sample(EventTypes.ASSESSMENT_SCORED), AssessmentScored.class).riskLevel())
        .isNotNull();
    assertThat(IncomingEvents.payload(sample(EventTypes.CLIENT_ERASED), ClientErased.class).clientId()).isNotBlank();
    assertThat(IncomingEvents.payload(sample(EventTypes.CLIENT_REGISTERED), ClientRegistered.class).partnerId())
        .isNotBlank();
    assertThat(IncomingEvents.payload(sample(EventTypes.AVAILABILITY_CHANGED), AvailabilityChanged.class)
        .freeSlotsNext14Days()).isEqualTo(9);
    assertThat(IncomingEvents.payload(sample(EventTypes.BOOKING_CONFIRMED), BookingConfirmed.class).counselorId())
        .isNotBlank();
  }
}
