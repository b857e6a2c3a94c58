package org.xinqiao.crisis.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinqiao.contracts.Topics;
import org.xinqiao.crisis.cases.persistence.CaseStore;
import org.xinqiao.crisis.support.CrisisIntegrationTest;
import org.xinqiao.crisis.support.Events;
import org.xinqiao.crisis.triage.Severity;
import org.xinqiao.kit.messaging.DeadLetters;
import org.xinqiao.testkit.kafka.TopicProbe;

/** Signals from records' and booking's events, consumed idempotently. */
@CrisisIntegrationTest
class SignalEventsIT {

  static final String QINGHAI = "630000";

  @Autowired
  CaseStore store;

  @Autowired
  org.xinqiao.crisis.clients.ClientProfiles profiles;

  Optional<CrisisCase> openCaseOf(String client) {
    return store.findOpenFor(client);
  }

  @Test
  void aPositiveItemNineOpensAModerateCaseInTheClientsProvince() {
    String client = UUID.randomUUID().toString();
    Events.send(Events.phq9ItemNinePositive(client, QINGHAI, Instant.parse("2026-03-10T01:40:00Z")));
    await().atMost(Duration.ofSeconds(30)).until(() -> openCaseOf(client).isPresent());
    CrisisCase c = openCaseOf(client).orElseThrow();
    assertThat(c.severity()).isEqualTo(Severity.MODERATE);
    assertThat(c.regionCode()).isEqualTo(QINGHAI);
    assertThat(c.currentTeam()).isEqualTo("team-630000");
  }

  @Test
  void aRedeliveredEventChangesNothingTwice() {
    String client = UUID.randomUUID().toString();
    byte[] event = Events.phq9ItemNinePositive(client, QINGHAI, Instant.parse("2026-03-10T01:40:00Z"));
    try (TopicProbe probe = TopicProbe.on(Topics.CRISIS)) {
      Events.send(event);
      await().atMost(Duration.ofSeconds(30)).until(() -> openCaseOf(client).isPresent());
      CrisisCase before = openCaseOf(client).orElseThrow();
      Events.send(event);
      Events.send(event);
      String later = UUID.randomUUID().toString();
      Events.send(Events.phq9ItemNinePositive(later, QINGHAI, Instant.parse("2026-03-10T01:41:00Z")));
      await().atMost(Duration.ofSeconds(30)).until(() -> openCaseOf(later).isPresent());
      CrisisCase after = openCaseOf(client).orElseThrow();
      assertThat(after.version()).isEqualTo(before.version());
      assertThat(after.timeline()).hasSameSizeAs(before.timeline());
      List<ConsumerRecord<String, byte[]>> opened = probe.drain(Events.of(before.id(), Events.OPENED), Duration.ofSeconds(1));
      assertThat(opened).hasSize(1);
    }
  }

  @Test
  void anAssessmentWithoutRiskOpensNoCase() {
    String client = UUID.randomUUID().toString();
    Events.send(Events.gad7WithoutRisk(client, QINGHAI, Instant.parse("2026-03-10T01:40:00Z")));
    String marker = UUID.randomUUID().toString();
    Events.send(Events.phq9ItemNinePositive(marker, QINGHAI, Instant.parse("2026-03-10T01:40:00Z")));
    await().atMost(Duration.ofSeconds(30)).until(() -> openCaseOf(marker).isPresent());
    assertThat(openCaseOf(client)).isEmpty();
  }

  @Test
  void aNoShowOfAModerateRiskClientOpensALowFollowUpAndOfAClientWithoutRiskNothing() {
    String atRisk = UUID.randomUUID().toString();
    String notAtRisk = UUID.randomUUID().toString();
    // the client's latest risk is moderate: a PHQ-9 with item 9 positive, handled by its own case first
    Events.send(Events.phq9ItemNinePositive(atRisk, QINGHAI, Instant.parse("2026-03-10T01:40:00Z")));
    await().atMost(Duration.ofSeconds(30)).until(() -> openCaseOf(atRisk).isPresent());
    CrisisCase first = openCaseOf(atRisk).orElseThrow();
    Events.send(Events.gad7WithoutRisk(notAtRisk, QINGHAI, Instant.parse("2026-03-10T01:40:00Z")));
    Events.send(Events.noShow(notAtRisk));
    Events.send(Events.noShow(atRisk));
    await().atMost(Duration.ofSeconds(30)).until(() -> openCaseOf(atRisk).orElseThrow().timeline().stream()
        .anyMatch(t -> t.kind() == TimelineEntry.Kind.SIGNAL_JOINED && "NO_SHOW_FOLLOW_UP".equals(t.detail())));
    assertThat(openCaseOf(atRisk).orElseThrow().id()).as("the follow-up joins the open case").isEqualTo(first.id());
    assertThat(openCaseOf(notAtRisk)).isEmpty();
  }

  @Test
  void aNoShowOfAModerateRiskClientWithoutOpenCaseOpensALowCase() {
    String client = UUID.randomUUID().toString();
    Events.send(Events.phq9ItemNinePositive(client, QINGHAI, Instant.parse("2026-03-10T01:40:00Z")));
    await().atMost(Duration.ofSeconds(30)).until(() -> openCaseOf(client).isPresent());
    CrisisCase first = openCaseOf(client).orElseThrow();
    closeQuietly(first);
    Events.send(Events.noShow(client));
    await().atMost(Duration.ofSeconds(30)).until(() -> openCaseOf(client).isPresent());
    CrisisCase followUp = openCaseOf(client).orElseThrow();
    assertThat(followUp.id()).isNotEqualTo(first.id());
    assertThat(followUp.severity()).isEqualTo(Severity.LOW);
    assertThat(followUp.source().name()).isEqualTo("NO_SHOW_FOLLOW_UP");
  }

  @Test
  void anErasedClientIsForgottenAndTheirClosedCasesUnlinked() {
    String client = UUID.randomUUID().toString();
    Events.send(Events.clientRegistered(client, "partner-a", QINGHAI));
    Events.send(Events.phq9ItemNinePositive(client, QINGHAI, Instant.parse("2026-03-10T01:40:00Z")));
    await().atMost(Duration.ofSeconds(30)).until(() -> openCaseOf(client).isPresent()
        && profiles.find(client).partnerId() != null);
    CrisisCase closed = openCaseOf(client).orElseThrow();
    closeQuietly(closed);
    Events.send(Events.clientErased(client, "partner-a"));
    await().atMost(Duration.ofSeconds(30)).until(() -> profiles.find(client).partnerId() == null);
    await().atMost(Duration.ofSeconds(10)).until(() -> CaseStore.ERASED.equals(store.find(closed.id()).orElseThrow().clientId()));
    assertThat(profiles.find(client).provinceCode()).isNull();
  }

  @Test
  void aPoisonRecordGoesToTheDeadLetterTopicAndConsumptionContinues() {
    byte[] garbage = "{\"not\": an event".getBytes(StandardCharsets.UTF_8);
    try (TopicProbe dlt = TopicProbe.on(Topics.deadLetter(Topics.RECORDS))) {
      String key = "poison-" + UUID.randomUUID();
      TopicProbe.send(Topics.RECORDS, key, garbage);
      String client = UUID.randomUUID().toString();
      Events.send(Events.phq9ItemNinePositive(client, QINGHAI, Instant.parse("2026-03-10T01:40:00Z")));
      ConsumerRecord<String, byte[]> dead = dlt.await(r -> key.equals(r.key()), Duration.ofSeconds(30));
      assertThat(TopicProbe.header(dead, DeadLetters.REASON_HEADER)).isNotBlank();
      await().atMost(Duration.ofSeconds(30)).until(() -> openCaseOf(client).isPresent());
    }
  }

  @Test
  void theGoldenSamplesOfConsumedEventsAreUnderstood() throws Exception {
    java.util.Map<String, Class<?>> samples = java.util.Map.of(
        "assessment.scored.v1", org.xinqiao.contracts.records.AssessmentScored.class,
        "client.registered.v1", org.xinqiao.contracts.records.ClientRegistered.class,
        "booking.no_show.v1", org.xinqiao.contracts.booking.BookingNoShow.class);
    for (var sample : samples.entrySet()) {
      try (var in = getClass().getResourceAsStream("/samples/" + sample.getKey() + ".json")) {
        var envelope = org.xinqiao.kit.messaging.IncomingEvents.read(new ConsumerRecord<>("t", 0, 0, "k", in.readAllBytes()));
        assertThat(envelope.type()).isEqualTo(sample.getKey());
        assertThat(org.xinqiao.kit.messaging.IncomingEvents.payload(envelope, sample.getValue())).isNotNull();
      }
    }
  }

  void closeQuietly(CrisisCase c) {
    c.acknowledge("r-1", c.currentTeam(), Instant.now());
    c.resolve("r-1", c.currentTeam(), Outcome.SAFE, Instant.now());
    assertThat(store.save(c, null, null)).isTrue();
  }
}
