package org.xinqiao.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.xinqiao.matching.support.OnboardingMother.counsellor;
import static org.xinqiao.matching.support.OnboardingMother.matchFor;
import static org.xinqiao.matching.support.OnboardingMother.with;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.xinqiao.contracts.EventEnvelope;
import org.xinqiao.contracts.records.RiskLevel;
import org.xinqiao.matching.support.Events;
import org.xinqiao.testkit.http.Api;
import org.xinqiao.testkit.jwt.TestJwtIssuer;
import org.xinqiao.testkit.spring.XinqiaoIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Events from records and booking on the real broker: who registered a client, the latest risk,
 * continuity, free time and erasure; a redelivered event changes nothing twice.
 */
@XinqiaoIntegrationTest
class EventConsumersIT {

  static final Duration BOUND = Duration.ofSeconds(30);
  static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

  @LocalServerPort
  int port;

  @Autowired
  MongoTemplate mongo;

  final TestJwtIssuer issuer = TestJwtIssuer.shared();

  Api ops() {
    return Api.local(port).as(issuer.token("ops-1", "ops").sign());
  }

  Api admin(String clinicId) {
    return Api.local(port).as(issuer.token("admin-" + clinicId, "clinic-admin").claim("clinic_id", clinicId).sign());
  }

  Api partner(String partnerId) {
    return Api.local(port).as(issuer.token("svc-" + partnerId, "partner").claim("partner_id", partnerId).sign());
  }

  String verifiedCounsellor(String clinic, Map<String, Object> body) {
    Api.Response r = admin(clinic).post("/api/v1/clinics/" + clinic + "/counselors", body);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    String id = r.json().get("profile").get("id").stringValue();
    assertThat(admin(clinic).post("/api/v1/counselors/" + id + "/verification", Map.of("decision", "VERIFIED"))
        .status()).isEqualTo(200);
    return id;
  }

  String clinic(String province) {
    return ops().post("/api/v1/clinics", Map.of("name", "Clinic", "provinceCode", province)).json().get("id")
        .stringValue();
  }

  Document client(String id) {
    return mongo.findById(id, Document.class, "clients");
  }

  Document counselorDoc(String id) {
    return mongo.findById(id, Document.class, "counselors");
  }

  boolean absorbed(String collection, String id, String eventId) {
    Document d = mongo.findById(id, Document.class, collection);
    return d != null && d.getList("processedEventIds", String.class, List.of()).contains(eventId);
  }

  void registered(String clientId, String partnerId) {
    var e = Events.clientRegistered(clientId, partnerId, T0);
    Events.send(Events.RECORDS, e);
    await().atMost(BOUND).until(() -> absorbed("clients", clientId, e.id()));
  }

  @Test
  void aPartnerActsOnlyForTheClientsItRegistered() {
    String clientId = "client-" + UUID.randomUUID();
    registered(clientId, "partner-a");
    assertThat(partner("partner-b").post("/api/v1/matches", matchFor(clientId, "650000")).status()).isEqualTo(404);
    assertThat(partner("partner-a").post("/api/v1/matches", matchFor("never-registered", "650000")).status())
        .isEqualTo(404);
    Api.Response ok = partner("partner-a").post("/api/v1/matches", matchFor(clientId, "650000"));
    assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
    String matchId = ok.json().get("id").stringValue();
    assertThat(partner("partner-b").get("/api/v1/matches/" + matchId).status()).isEqualTo(404);
    assertThat(partner("partner-a").get("/api/v1/matches/" + matchId).status()).isEqualTo(200);
    assertThat(partner("partner-b").get("/api/v1/matches").json().get("total").asInt()).isZero();
  }

  @Test
  void aRedeliveredRiskEventChangesNothingTwiceAndModerateRiskNeedsCrisisTraining() {
    String clinic = clinic("650000");
    String untrained = verifiedCounsellor(clinic, counsellor("Untrained", List.of("650000")));
    String trained = verifiedCounsellor(clinic, with(counsellor("Trained", List.of("650000")), "crisisTrained", true));
    String clientId = "client-" + UUID.randomUUID();
    registered(clientId, "partner-a");

    EventEnvelope<?> high = Events.scored(clientId, RiskLevel.HIGH, T0.plusSeconds(60));
    Events.send(Events.RECORDS, high);
    await().atMost(BOUND).until(() -> "HIGH".equals(client(clientId).getString("riskLevel")));
    assertThat(proposedIds(clientId)).containsExactly(trained);

    EventEnvelope<?> low = Events.scored(clientId, RiskLevel.LOW, T0.plusSeconds(120));
    Events.send(Events.RECORDS, low);
    await().atMost(BOUND).until(() -> "LOW".equals(client(clientId).getString("riskLevel")));

    Events.send(Events.RECORDS, high);
    Events.send(Events.RECORDS, high);
    var marker = Events.clientRegistered(clientId, "partner-a", T0.plusSeconds(180));
    Events.send(Events.RECORDS, marker);
    await().atMost(BOUND).until(() -> absorbed("clients", clientId, marker.id()));
    assertThat(client(clientId).getString("riskLevel")).isEqualTo("LOW");
    assertThat(client(clientId).getList("processedEventIds", String.class)).filteredOn(high.id()::equals).hasSize(1);
    assertThat(proposedIds(clientId)).containsExactlyInAnyOrder(trained, untrained);
  }

  List<String> proposedIds(String clientId) {
    Api.Response r = partner("partner-a").post("/api/v1/matches", matchFor(clientId, "650000"));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    List<String> ids = new java.util.ArrayList<>();
    for (JsonNode p : r.json().get("proposals")) {
      ids.add(p.get("counselorId").stringValue());
    }
    return ids;
  }

  @Test
  void availabilityRanksByEarliestSlotAndAnOlderOrRedeliveredAnnouncementIsIgnored() {
    String clinic = clinic("150000");
    String a = verifiedCounsellor(clinic, counsellor("A", List.of("150000")));
    String b = verifiedCounsellor(clinic, counsellor("B", List.of("150000")));
    Instant soon = Instant.now().plus(Duration.ofHours(20));
    var first = Events.availability(a, soon, 8, T0.plusSeconds(10));
    Events.send(Events.BOOKING, first);
    await().atMost(BOUND).until(() -> absorbed("counselors", a, first.id()));
    var full = Events.availability(a, null, 0, T0.plusSeconds(20));
    Events.send(Events.BOOKING, full);
    await().atMost(BOUND).until(() -> absorbed("counselors", a, full.id()));

    Events.send(Events.BOOKING, first);
    var marker = Events.availability(b, soon.plus(Duration.ofDays(3)), 2, T0.plusSeconds(30));
    Events.send(Events.BOOKING, marker);
    await().atMost(BOUND).until(() -> absorbed("counselors", b, marker.id()));
    assertThat(counselorDoc(a).getInteger("freeSlots")).isZero();
    assertThat(counselorDoc(a).get("nextFreeSlot")).isNull();

    String clientId = "client-" + UUID.randomUUID();
    registered(clientId, "partner-a");
    JsonNode m = partner("partner-a").post("/api/v1/matches", matchFor(clientId, "150000")).json();
    assertThat(m.get("proposals").get(0).get("counselorId").stringValue()).isEqualTo(b);
    assertThat(m.get("proposals").get(0).get("reason").stringValue()).contains("next free slot in");
  }

  @Test
  void aPoisonRecordGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
    String clinic = clinic("230000");
    String id = verifiedCounsellor(clinic, counsellor("After Poison", List.of("230000")));
    byte[] garbage = "{\"not\": an event".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try (var dlt = org.xinqiao.testkit.kafka.TopicProbe.on(Events.BOOKING + ".dlt")) {
      org.xinqiao.testkit.kafka.TopicProbe.send(Events.BOOKING, "poison-" + id, garbage);
      var next = Events.availability(id, Instant.now().plus(Duration.ofDays(1)), 3, T0.plusSeconds(40));
      Events.send(Events.BOOKING, next);
      var dead = dlt.await(r -> ("poison-" + id).equals(r.key()), BOUND);
      assertThat(dead.value()).isEqualTo(garbage);
      await().atMost(BOUND).until(() -> absorbed("counselors", id, next.id()));
      assertThat(counselorDoc(id).getInteger("freeSlots")).isEqualTo(3);
    }
  }

  @Test
  void theCurrentCounsellorFromAConfirmedBookingComesFirst() {
    String clinic = clinic("640000");
    String first = verifiedCounsellor(clinic, counsellor("First", List.of("640000")));
    String current = verifiedCounsellor(clinic, with(counsellor("Current", List.of("640000")), "topics",
        List.of("SLEEP")));
    String clientId = "client-" + UUID.randomUUID();
    registered(clientId, "partner-a");
    var confirmed = Events.confirmed(clientId, current, T0.plusSeconds(300));
    Events.send(Events.BOOKING, confirmed);
    await().atMost(BOUND).until(() -> current.equals(client(clientId).getString("currentCounselorId")));
    JsonNode m = partner("partner-a").post("/api/v1/matches", matchFor(clientId, "640000")).json();
    assertThat(m.get("proposals").get(0).get("counselorId").stringValue()).isEqualTo(current);
    assertThat(m.get("proposals").get(0).get("reason").stringValue()).startsWith("Your current counsellor");
    assertThat(m.get("proposals").get(1).get("counselorId").stringValue()).isEqualTo(first);
  }

  @Test
  void erasureForgetsTheClientsPreferencesAndWithdrawsWaitingRequests() {
    String clientId = "client-" + UUID.randomUUID();
    registered(clientId, "partner-a");
    Api.Response waiting = partner("partner-a").post("/api/v1/matches",
        with(matchFor(clientId, "820000"), "languages", List.of("pt")));
    assertThat(waiting.json().get("status").stringValue()).isEqualTo("WAITLISTED");
    String matchId = waiting.json().get("id").stringValue();

    var erased = Events.erased(clientId, "partner-a", T0.plusSeconds(400));
    Events.send(Events.RECORDS, erased);
    await().atMost(BOUND).until(() -> Boolean.TRUE.equals(
        mongo.findById(matchId, Document.class, "matches").getBoolean("preferencesErased")));
    Document stored = mongo.findById(matchId, Document.class, "matches");
    assertThat(stored).doesNotContainKeys("criteria", "emptied");
    assertThat(stored.getString("status")).isEqualTo("SUPERSEDED");
    assertThat(stored.getString("supersededReason")).isEqualTo("CLIENT_ERASED");
    assertThat(client(clientId).getBoolean("erased")).isTrue();
    Events.send(Events.RECORDS, Events.scored(clientId, RiskLevel.HIGH, T0.plusSeconds(500)));
    var marker = Events.clientRegistered("other-" + UUID.randomUUID(), "partner-a", T0);
    Events.send(Events.RECORDS, marker);
    await().atMost(BOUND).until(() -> absorbed("clients", marker.data().clientId(), marker.id()));
    assertThat(client(clientId).getString("riskLevel")).isNull();
    assertThat(partner("partner-a").post("/api/v1/matches", matchFor(clientId, "820000")).status()).isEqualTo(404);
  }
}
