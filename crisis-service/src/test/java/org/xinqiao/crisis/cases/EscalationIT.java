package org.xinqiao.crisis.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinqiao.crisis.cases.persistence.CaseStore;
import org.xinqiao.crisis.cases.timer.EscalationTimer;
import org.xinqiao.crisis.support.CrisisIntegrationTest;
import org.xinqiao.crisis.support.Events;
import org.xinqiao.crisis.support.Tokens;
import org.xinqiao.kit.outbox.OutboxRelay;
import org.xinqiao.testkit.http.Api;
import org.xinqiao.testkit.kafka.TopicProbe;
import org.xinqiao.testkit.support.ShiftableClock;
import tools.jackson.databind.JsonNode;

/**
 * The escalation ladder on real infrastructure with a clock the test moves: every tier to the
 * emergency step, deadlines that pass while no timer runs, two timers racing, and the responders'
 * actions.
 */
@CrisisIntegrationTest
class EscalationIT {

  static final String TIBET = "540000";
  /** Tibet's IMMINENT window, from application.yml. */
  static final Duration TIBET_IMMINENT = Duration.ofSeconds(45);
  static final List<String> TIBET_LADDER = List.of("team-540000", "team-510000", "team-630000", "team-west-centre", "team-national");

  @LocalServerPort
  int port;

  @Autowired
  ShiftableClock clock;

  @Autowired
  EscalationTimer timer;

  @Autowired
  CaseStore store;

  @Autowired
  CaseMetrics metrics;

  @Autowired
  OutboxRelay relay;

  @AfterEach
  void timerRunning() {
    timer.start();
  }

  Tokens as() {
    return new Tokens(port);
  }

  String imminentCaseInTibet() {
    Api.Response r = as().client(UUID.randomUUID().toString()).post("/api/v1/crisis/signals", Events.signal(true, TIBET));
    assertThat(r.status()).as(r.toString()).isEqualTo(202);
    return r.json().get("caseId").stringValue();
  }

  static List<ConsumerRecord<String, byte[]>> escalations(TopicProbe probe, String caseId, Duration quiet) {
    return probe.drain(Events.of(caseId, Events.ESCALATED), quiet);
  }

  @Test
  void anUnansweredImminentCaseClimbsEveryTierToTheEmergencyStep() {
    try (TopicProbe probe = TopicProbe.on(Events.TOPICS)) {
      String caseId = imminentCaseInTibet();
      probe.await(Events.of(caseId, Events.OPENED), Duration.ofSeconds(20));
      for (int tier = 2; tier <= TIBET_LADDER.size(); tier++) {
        clock.advance(TIBET_IMMINENT);
        int expectedTier = tier;
        JsonNode escalated = Events.data(probe.await(
            r -> Events.of(caseId, Events.ESCALATED).test(r) && Events.data(r).get("tier").asInt() == expectedTier,
            Duration.ofSeconds(10)));
        assertThat(escalated.get("fromTeamId").stringValue()).isEqualTo(TIBET_LADDER.get(tier - 2));
        assertThat(escalated.get("toTeamId").stringValue()).isEqualTo(TIBET_LADDER.get(tier - 1));
        assertThat(escalated.get("emergencyStep").booleanValue()).isFalse();
        probe.await(r -> Events.of(caseId, Events.PAGE).test(r) && Events.data(r).get("tier").asInt() == expectedTier
            && TIBET_LADDER.get(expectedTier - 1).equals(Events.data(r).get("teamId").stringValue()), Duration.ofSeconds(10));
      }
      clock.advance(TIBET_IMMINENT);
      JsonNode emergency = Events.data(probe.await(
          r -> Events.of(caseId, Events.ESCALATED).test(r) && Events.data(r).get("emergencyStep").booleanValue(),
          Duration.ofSeconds(10)));
      assertThat(emergency.get("tier").asInt()).isEqualTo(TIBET_LADDER.size() + 1);
      assertThat(emergency.get("fromTeamId").stringValue()).isEqualTo("team-national");
      assertThat(Api.local(port).get("/actuator/prometheus").body()).contains("crisis_case_escalations_total")
          .contains("crisis_case_deadline_breaches_total").contains("step=\"emergency\"");
      clock.advance(Duration.ofHours(1));
      assertThat(escalations(probe, caseId, Duration.ofMillis(800))).as("one escalation per hop").hasSize(TIBET_LADDER.size());

      JsonNode view = as().responder("r-nat", "team-national").get("/api/v1/crisis/cases/" + caseId).json();
      assertThat(view.get("emergencyStepReached").booleanValue()).isTrue();
      assertThat(view.has("emergencyRequestedAt")).isTrue();
      assertThat(view.get("routedTeamIds").valueStream().map(JsonNode::stringValue)).containsExactlyInAnyOrderElementsOf(TIBET_LADDER);
      JsonNode steps = as().responder("r-home", "team-540000").get("/api/v1/crisis/cases/" + caseId + "/timeline").json().get("steps");
      assertThat(steps.valueStream().map(s -> s.get("kind").stringValue()).filter("ESCALATED"::equals).count()).isEqualTo(TIBET_LADDER.size() - 1);
      assertThat(steps.valueStream().map(s -> s.get("kind").stringValue())).contains("EMERGENCY_REQUESTED");
    }
  }

  @Test
  void aDeadlineThatPassesWhileNoTimerRunsFiresOnceWhenOneStarts() {
    timer.stop();
    try (TopicProbe probe = TopicProbe.on(Events.TOPICS)) {
      String caseId = imminentCaseInTibet();
      probe.await(Events.of(caseId, Events.OPENED), Duration.ofSeconds(20));
      clock.advance(TIBET_IMMINENT.plusSeconds(30));
      assertThat(escalations(probe, caseId, Duration.ofMillis(700))).as("nothing fires while stopped").isEmpty();

      EscalationTimer restarted = new EscalationTimer(store, clock, metrics, relay, Duration.ofMillis(100), Duration.ofSeconds(5),
        java.util.EnumSet.of(org.xinqiao.crisis.triage.Severity.IMMINENT, org.xinqiao.crisis.triage.Severity.HIGH));
      restarted.start();
      try {
        probe.await(Events.of(caseId, Events.ESCALATED), Duration.ofSeconds(5));
        assertThat(escalations(probe, caseId, Duration.ofMillis(800))).hasSize(1);
      } finally {
        restarted.stop();
      }
    }
  }

  @Test
  void twoInstancesRacingPageEachHopExactlyOnce() throws Exception {
    timer.stop();
    EscalationTimer a = new EscalationTimer(store, clock, metrics, relay, Duration.ofMillis(100), Duration.ofSeconds(5),
        java.util.EnumSet.of(org.xinqiao.crisis.triage.Severity.IMMINENT, org.xinqiao.crisis.triage.Severity.HIGH));
    EscalationTimer b = new EscalationTimer(store, clock, metrics, relay, Duration.ofMillis(100), Duration.ofSeconds(5),
        java.util.EnumSet.of(org.xinqiao.crisis.triage.Severity.IMMINENT, org.xinqiao.crisis.triage.Severity.HIGH));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (TopicProbe probe = TopicProbe.on(Events.TOPICS)) {
      String caseId = imminentCaseInTibet();
      for (int hop = 1; hop <= 3; hop++) {
        clock.advance(TIBET_IMMINENT);
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<Integer>> racers = new ArrayList<>();
        for (EscalationTimer t : List.of(a, b)) {
          racers.add(() -> {
            go.await();
            return t.fireDue();
          });
        }
        List<Future<Integer>> results = new ArrayList<>();
        for (Callable<Integer> r : racers) {
          results.add(pool.submit(r));
        }
        go.countDown();
        int fired = 0;
        for (Future<Integer> f : results) {
          fired += f.get();
        }
        assertThat(fired).as("hops fired by both timers together at hop " + hop).isGreaterThanOrEqualTo(1);
        assertThat(store.find(caseId).orElseThrow().tier()).isEqualTo(hop + 1);
      }
      List<ConsumerRecord<String, byte[]>> escalated = escalations(probe, caseId, Duration.ofSeconds(2));
      assertThat(escalated).extracting(r -> Events.data(r).get("tier").asInt()).containsExactly(2, 3, 4);
      assertThat(probe.drain(Events.of(caseId, Events.PAGE), Duration.ofMillis(300))).hasSize(4);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void acknowledgingStopsTheLadderAndTheCaseClosesWithAnOutcome() {
    try (TopicProbe probe = TopicProbe.on(Events.TOPICS)) {
      String caseId = imminentCaseInTibet();
      Api home = as().responder("r-home", "team-540000");
      Api.Response ack = home.post("/api/v1/crisis/cases/" + caseId + "/acknowledge", null);
      assertThat(ack.status()).as(ack.toString()).isEqualTo(200);
      JsonNode acknowledged = Events.data(probe.await(Events.of(caseId, Events.ACKNOWLEDGED), Duration.ofSeconds(20)));
      assertThat(acknowledged.get("tier").asInt()).isEqualTo(1);
      assertThat(acknowledged.get("responderId").stringValue()).isEqualTo("r-home");
      SignalApiIT.assertProblem(as().responder("r-other", "team-540000")
          .post("/api/v1/crisis/cases/" + caseId + "/acknowledge", null), 409, "case-already-acknowledged");
      clock.advance(TIBET_IMMINENT.multipliedBy(3));
      assertThat(escalations(probe, caseId, Duration.ofMillis(700))).isEmpty();

      Api once = home.with("Idempotency-Key", "attempt-" + caseId);
      Api.Response attempt = once.post("/api/v1/crisis/cases/" + caseId + "/contact-attempts",
          Map.of("channel", "PHONE", "result", "REACHED"));
      assertThat(attempt.json().get("contactAttempts").asInt()).isEqualTo(1);
      Api.Response repeated = once.post("/api/v1/crisis/cases/" + caseId + "/contact-attempts",
          Map.of("channel", "PHONE", "result", "REACHED"));
      assertThat(repeated.json().get("contactAttempts").asInt()).as("a retried request records once").isEqualTo(1);
      Api.Response resolved = home.post("/api/v1/crisis/cases/" + caseId + "/resolve", Map.of("outcome", "REFERRED_IN_PERSON"));
      assertThat(resolved.json().get("status").stringValue()).isEqualTo("RESOLVED");
      assertThat(Events.data(probe.await(Events.of(caseId, Events.RESOLVED), Duration.ofSeconds(20)))
          .get("outcome").stringValue()).isEqualTo("REFERRED_IN_PERSON");
      SignalApiIT.assertProblem(home.post("/api/v1/crisis/cases/" + caseId + "/resolve", Map.of("outcome", "SAFE")), 409,
          "case-closed");
      String prometheus = Api.local(port).get("/actuator/prometheus").body();
      assertThat(prometheus).contains("crisis_case_time_to_acknowledge_seconds")
          .contains("crisis_case_acknowledged_total{answered_by=\"home\"")
          .contains("crisis_case_resolved_total");
    }
  }

  @Test
  void anUnreachableImminentCaseCannotBeClosedBeforeTheEmergencyStep() {
    String caseId = imminentCaseInTibet();
    Api home = as().responder("r-home", "team-540000");
    home.post("/api/v1/crisis/cases/" + caseId + "/acknowledge", null);
    home.post("/api/v1/crisis/cases/" + caseId + "/contact-attempts", Map.of("channel", "PHONE", "result", "NO_ANSWER"));
    SignalApiIT.assertProblem(home.post("/api/v1/crisis/cases/" + caseId + "/resolve", Map.of("outcome", "UNREACHABLE")),
        409, "emergency-step-required");
    assertThat(home.get("/api/v1/crisis/cases/" + caseId).json().get("status").stringValue()).isEqualTo("OPEN");
    assertThat(home.post("/api/v1/crisis/cases/" + caseId + "/emergency-requests", null).status()).isEqualTo(200);
    Api.Response closed = home.post("/api/v1/crisis/cases/" + caseId + "/resolve", Map.of("outcome", "UNREACHABLE"));
    assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
  }

  @Test
  void aNewSignalAfterTheCaseClosedOpensANewCase() {
    String client = UUID.randomUUID().toString();
    Api.Response first = as().client(client).post("/api/v1/crisis/signals", Events.signal(false, TIBET));
    String caseId = first.json().get("caseId").stringValue();
    Api home = as().responder("r-home", "team-540000");
    home.post("/api/v1/crisis/cases/" + caseId + "/acknowledge", null);
    home.post("/api/v1/crisis/cases/" + caseId + "/resolve", Map.of("outcome", "SAFE"));
    Api.Response second = as().client(client).post("/api/v1/crisis/signals", Events.signal(false, TIBET));
    assertThat(second.json().get("caseId").stringValue()).isNotEqualTo(caseId);
  }
}
