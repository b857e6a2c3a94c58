package org.xinqiao.crisis.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.xinqiao.crisis.cases.persistence.CaseStore;
import org.xinqiao.crisis.support.CrisisIntegrationTest;
import org.xinqiao.crisis.support.Events;
import org.xinqiao.crisis.support.Tokens;
import org.xinqiao.testkit.http.Api;
import org.xinqiao.testkit.kafka.KafkaBroker;
import org.xinqiao.testkit.kafka.TopicProbe;
import tools.jackson.databind.JsonNode;

/** Signals over the API: stored before the answer, one open case per client, and who may see what. */
@CrisisIntegrationTest
class SignalApiIT {

  static final String SIGNALS = "/api/v1/crisis/signals";
  static final String TIBET = "540000";
  static final String TIBET_TEAM = "team-540000";

  @LocalServerPort
  int port;

  @Autowired
  MongoTemplate mongo;

  Tokens as() {
    return new Tokens(port);
  }

  @AfterEach
  void brokerBack() {
    KafkaBroker.shared().start();
  }

  static String newClient() {
    return UUID.randomUUID().toString();
  }

  String signal(Api caller, Map<String, Object> body) {
    Api.Response r = caller.post(SIGNALS, body);
    assertThat(r.status()).as(r.toString()).isEqualTo(202);
    return r.json().get("caseId").stringValue();
  }

  @Test
  void aSelfReportOfPresentDangerOpensAnImminentCasePagedToTheHomeTeam() {
    String client = newClient();
    try (TopicProbe probe = TopicProbe.on(Events.TOPICS)) {
      String caseId = signal(as().client(client), Events.signal(true, TIBET));
      ConsumerRecord<String, byte[]> opened = probe.await(Events.of(caseId, Events.OPENED), Duration.ofSeconds(20));
      JsonNode data = Events.data(opened);
      assertThat(data.get("severity").stringValue()).isEqualTo("IMMINENT");
      assertThat(data.get("source").stringValue()).isEqualTo("SELF_REPORT");
      assertThat(data.get("teamId").stringValue()).isEqualTo(TIBET_TEAM);
      assertThat(data.get("regionCode").stringValue()).isEqualTo(TIBET);
      JsonNode page = Events.data(probe.await(Events.of(caseId, Events.PAGE), Duration.ofSeconds(20)));
      assertThat(page.get("teamId").stringValue()).isEqualTo(TIBET_TEAM);
      assertThat(page.get("tier").asInt()).isEqualTo(1);
      assertThat(page.get("severity").stringValue()).isEqualTo("IMMINENT");
      assertThat(page.has("deadline")).isTrue();
    }
  }

  @Test
  void aSecondSignalForTheSameClientJoinsTheOpenCaseAndRaisesItsSeverity() {
    String client = newClient();
    String first = signal(as().partner("partner-a"), Map.of("clientId", client, "presentDanger", false, "regionCode", TIBET));
    String second = signal(as().client(client), Events.signal(true, null));
    assertThat(second).isEqualTo(first);
    Api.Response view = as().responder("r-1", TIBET_TEAM).get("/api/v1/crisis/cases/" + first);
    assertThat(view.json().get("severity").stringValue()).isEqualTo("IMMINENT");
    assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(
        org.springframework.data.mongodb.core.query.Criteria.where("clientId").is(client)), CaseStore.COLLECTION)).isEqualTo(1);
  }

  @Test
  void concurrentSignalsForOneClientMakeOneCase() throws Exception {
    String client = newClient();
    List<java.util.concurrent.Callable<String>> calls = java.util.stream.IntStream.range(0, 6)
        .<java.util.concurrent.Callable<String>>mapToObj(i -> () -> signal(as().counselor("counselor-" + i),
            Map.of("clientId", client, "presentDanger", i % 2 == 0)))
        .toList();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
    try {
      List<String> ids = new java.util.ArrayList<>();
      for (var f : pool.invokeAll(calls)) {
        ids.add(f.get());
      }
      assertThat(ids).containsOnly(ids.get(0));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theSameIdempotencyKeyAnswersAsTheFirstTimeAndRefusesADifferentBody() {
    String client = newClient();
    Api partner = as().partner("partner-a").with("Idempotency-Key", "signal-" + client);
    String first = signal(partner, Map.of("clientId", client, "presentDanger", true));
    String again = signal(partner, Map.of("clientId", client, "presentDanger", true));
    assertThat(again).isEqualTo(first);
    Api.Response other = partner.post(SIGNALS, Map.of("clientId", client, "presentDanger", false));
    assertProblem(other, 422, "idempotency-key-reused");
  }

  @Test
  void aSignalIsAcceptedWhileKafkaIsDownAndItsEventGoesOutWhenKafkaReturns() {
    String client = newClient();
    KafkaBroker.shared().stop();
    String caseId = signal(as().client(client), Events.signal(true, TIBET));
    Document stored = mongo.findById(caseId, Document.class, CaseStore.COLLECTION);
    assertThat(stored).isNotNull();
    assertThat(stored.getList("outbox", Object.class)).hasSizeGreaterThanOrEqualTo(2);
    KafkaBroker.shared().start();
    try (TopicProbe probe = TopicProbe.on(Events.TOPICS)) {
      probe.await(Events.of(caseId, Events.OPENED), Duration.ofSeconds(60));
      probe.await(Events.of(caseId, Events.PAGE), Duration.ofSeconds(30));
    }
  }

  @Test
  void aResponderSeesOnlyCasesRoutedToTheirTeam() {
    String client = newClient();
    String caseId = signal(as().client(client), Events.signal(false, TIBET));
    assertThat(as().responder("r-1", TIBET_TEAM).get("/api/v1/crisis/cases/" + caseId).status()).isEqualTo(200);
    assertProblem(as().responder("r-9", "team-440000").get("/api/v1/crisis/cases/" + caseId), 404, "case-not-found");
    assertProblem(as().responder("r-9", "team-440000").post("/api/v1/crisis/cases/" + caseId + "/acknowledge", null),
        404, "case-not-found");
    assertProblem(as().responder("r-9", "team-440000").get("/api/v1/crisis/cases/" + caseId + "/timeline"), 404,
        "case-not-found");
    JsonNode others = as().responder("r-9", "team-440000").get("/api/v1/crisis/cases?size=100").json();
    assertThat(others.get("items").valueStream().map(n -> n.get("id").stringValue())).doesNotContain(caseId);
    JsonNode mine = as().responder("r-1", TIBET_TEAM).get("/api/v1/crisis/cases?status=OPEN&size=100").json();
    assertThat(mine.get("items").valueStream().map(n -> n.get("id").stringValue())).contains(caseId);
  }

  @Test
  void opsSeeEveryCaseWithoutClinicalDetailAndCannotAct() {
    String caseId = signal(as().client(newClient()), Events.signal(false, TIBET));
    Api.Response view = as().ops().get("/api/v1/crisis/cases/" + caseId);
    assertThat(view.status()).isEqualTo(200);
    assertThat(view.json().has("clientId")).isFalse();
    assertThat(view.json().has("source")).isFalse();
    assertThat(view.json().get("regionCode").stringValue()).isEqualTo(TIBET);
    JsonNode list = as().ops().get("/api/v1/crisis/cases?page=0&size=5").json();
    assertThat(list.get("size").asInt()).isEqualTo(5);
    assertThat(list.get("items").get(0).has("clientId")).isFalse();
    assertProblem(as().ops().post("/api/v1/crisis/cases/" + caseId + "/acknowledge", null), 403, "forbidden");
  }

  @Test
  void refusalsAreProblemDetails() {
    assertProblem(as().auditor().post(SIGNALS, Events.signal(true, null)), 403, "forbidden");
    assertProblem(as().client(newClient()).post(SIGNALS, Map.of("clientId", newClient(), "presentDanger", true)), 403,
        "not-your-client");
    assertProblem(as().counselor("c-1").post(SIGNALS, Events.signal(true, null)), 400, "client-id-required");
    assertProblem(as().client(newClient()).post(SIGNALS, Map.of("regionCode", TIBET)), 400, "invalid-request");
    assertProblem(as().ops().get("/api/v1/crisis/cases?size=1000"), 400, "invalid-request");
    assertProblem(as().ops().get("/api/v1/crisis/cases/" + UUID.randomUUID()), 404, "case-not-found");
  }

  @Test
  void aPartnerMayReportOnlyForClientsItRegistered() {
    String client = newClient();
    Events.send(Events.clientRegistered(client, "partner-a", TIBET));
    await().atMost(Duration.ofSeconds(30)).until(() ->
        as().partner("partner-b").post(SIGNALS, Map.of("clientId", client, "presentDanger", true)).status() == 403);
    String caseId = signal(as().partner("partner-a"), Map.of("clientId", client, "presentDanger", true));
    assertThat(as().responder("r-1", TIBET_TEAM).get("/api/v1/crisis/cases/" + caseId).json().get("regionCode")
        .stringValue()).as("routed by the registered province").isEqualTo(TIBET);
  }

  @Test
  void rostersAreKeptByOpsAndRouteNewCasesToTheTeamOnCall() {
    String region = "630000";
    java.time.Instant now = java.time.Instant.now();
    Api.Response put = as().ops().put("/api/v1/crisis/rosters/" + region, Map.of("shifts", List.of(
        Map.of("teamId", "qinghai-night", "responderIds", List.of("r-7"), "startsAt", now.minusSeconds(3600).toString(),
            "endsAt", now.plusSeconds(30 * 86_400).toString()))));
    assertThat(put.status()).as(put.toString()).isEqualTo(200);
    assertThat(as().responder("r-7", "qinghai-night").get("/api/v1/crisis/rosters/" + region).json()
        .get("shifts").get(0).get("teamId").stringValue()).isEqualTo("qinghai-night");
    assertProblem(as().responder("r-7", "qinghai-night").put("/api/v1/crisis/rosters/" + region, Map.of("shifts", List.of())),
        403, "forbidden");
    assertProblem(as().ops().put("/api/v1/crisis/rosters/" + region, Map.of("shifts", List.of(Map.of("teamId", "x",
        "startsAt", now.toString(), "endsAt", now.minusSeconds(1).toString())))), 422, "invalid-roster");
    String caseId = signal(as().client(newClient()), Events.signal(true, region));
    JsonNode view = as().responder("r-7", "qinghai-night").get("/api/v1/crisis/cases/" + caseId).json();
    assertThat(view.get("currentTeamId").stringValue()).isEqualTo("qinghai-night");
  }

  static void assertProblem(Api.Response r, int status, String code) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.isProblem()).as(r.toString()).isTrue();
    assertThat(r.json().get("code").stringValue()).isEqualTo(code);
  }
}
