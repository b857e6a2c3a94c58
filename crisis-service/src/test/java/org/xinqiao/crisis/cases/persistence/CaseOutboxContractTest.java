package org.xinqiao.crisis.cases.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinqiao.contracts.EventCodec;
import org.xinqiao.contracts.Topics;
import org.xinqiao.crisis.cases.CrisisCase;
import org.xinqiao.crisis.cases.Outcome;
import org.xinqiao.crisis.triage.Severity;
import org.xinqiao.crisis.triage.SignalKind;
import org.xinqiao.kit.outbox.OutboxEvent;
import tools.jackson.databind.JsonNode;

/** Every event crisis publishes on crisis.events is valid against the shipped JSON Schema of its type. */
class CaseOutboxContractTest {

  static final Instant T0 = Instant.parse("2026-03-10T01:40:00Z");
  static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  @Test
  void everyPublishedCaseEventMatchesItsSchemaAndPagesCarryOnlyCodes() throws IOException {
    CrisisCase c = CrisisCase.open("6c7d8e9f-0a1b-4c2d-8e3f-4a5b6c7d8e9f", "3f6c1d2e-8a4b-4c1f-9e2d-5b7a6c8d9e01",
        SignalKind.ASSESSMENT, Severity.IMMINENT, "540000", List.of("team-540000", "team-national"),
        Duration.ofSeconds(60), T0);
    List<OutboxEvent> entries = new ArrayList<>(CaseOutbox.entries(c.pullEvents()));
    c.escalate(T0.plusSeconds(60), java.util.EnumSet.of(Severity.IMMINENT));
    c.escalate(T0.plusSeconds(120), java.util.EnumSet.of(Severity.IMMINENT));
    entries.addAll(CaseOutbox.entries(c.pullEvents()));
    c.acknowledge("responder-1", "team-national", T0.plusSeconds(130));
    c.resolve("responder-1", "team-national", Outcome.EMERGENCY_DISPATCHED, T0.plusSeconds(140));
    entries.addAll(CaseOutbox.entries(c.pullEvents()));

    List<String> crisisTypes = new ArrayList<>();
    for (OutboxEvent e : entries) {
      if (e.topic().equals(Topics.CRISIS)) {
        crisisTypes.add(e.type());
        assertThat(violations(e)).as(e.type() + " " + e.payload()).isEmpty();
      } else {
        assertThat(e.topic()).isEqualTo(Topics.CRISIS_NOTIFICATIONS);
        JsonNode data = new EventCodec().readTree(e.payload().getBytes(StandardCharsets.UTF_8)).data();
        assertThat(data.propertyNames()).isSubsetOf("caseId", "teamId", "tier", "severity", "deadline", "emergencyStep");
      }
      assertThat(e.key()).isEqualTo(c.id());
    }
    assertThat(crisisTypes).containsExactly("crisis.case.opened.v1", "crisis.case.escalated.v1",
        "crisis.case.escalated.v1", "crisis.case.acknowledged.v1", "crisis.case.resolved.v1");
  }

  static List<String> violations(OutboxEvent e) throws IOException {
    try (InputStream in = CaseOutboxContractTest.class.getResourceAsStream("/schemas/" + e.type() + ".json")) {
      JsonSchema schema = FACTORY.getSchema(in, CONFIG);
      return schema.validate(e.payload(), InputFormat.JSON).stream().map(ValidationMessage::getMessage).toList();
    }
  }
}
