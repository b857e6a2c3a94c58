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
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinqiao.contracts.Topics;
import org.xinqiao.matching.counselor.CounselorService;
import org.xinqiao.testkit.http.Api;
import org.xinqiao.testkit.jwt.TestJwtIssuer;
import org.xinqiao.testkit.kafka.TopicProbe;
import org.xinqiao.testkit.spring.XinqiaoIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Clinics, onboarding, matching, the waitlist and licence expiry through the public API, with real
 * tokens, the real broker and the MongoDB wire server. Each test works in its own province so the
 * tests do not see each other's counsellors.
 */
@XinqiaoIntegrationTest
class MatchingFlowIT {

  static final Duration BOUND = Duration.ofSeconds(30);

  @LocalServerPort
  int port;

  @Autowired
  CounselorService counselorService;

  final TestJwtIssuer issuer = TestJwtIssuer.shared();

  Api ops() {
    return Api.local(port).as(issuer.token("ops-1", "ops").sign());
  }

  Api admin(String clinicId) {
    return Api.local(port).as(issuer.token("admin-" + clinicId, "clinic-admin").claim("clinic_id", clinicId).sign());
  }

  Api client(String clientId) {
    return Api.local(port).as(issuer.token("user-" + clientId, "client").claim("pseudonym_id", clientId).sign());
  }

  String clinic(String province) {
    Api.Response r = ops().post("/api/v1/clinics", Map.of("name", "Clinic " + province, "provinceCode", province));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().get("id").stringValue();
  }

  String onboard(String clinicId, Map<String, Object> body) {
    Api.Response r = admin(clinicId).post("/api/v1/clinics/" + clinicId + "/counselors", body);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().get("profile").get("id").stringValue();
  }

  void verify(String clinicId, String counselorId) {
    Api.Response r = admin(clinicId).post("/api/v1/counselors/" + counselorId + "/verification",
        Map.of("decision", "VERIFIED"));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
  }

  static Predicate<ConsumerRecord<String, byte[]>> event(String key, String type) {
    return r -> key.equals(r.key()) && type.equals(TopicProbe.header(r, "ce_type"));
  }

  static void assertProblem(Api.Response r, int status, String code) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.isProblem()).as(r.toString()).isTrue();
    assertThat(r.json().get("type").stringValue()).isEqualTo("https://xinqiao.org/problems/" + code);
  }

  @Test
  void aClinicAdminCannotTouchAnotherClinicsCounsellors() {
    String a = clinic("510000");
    String b = clinic("510000");
    String counsellor = onboard(a, counsellor("Wang Fang", List.of("510000")));

    assertProblem(admin(b).post("/api/v1/clinics/" + a + "/counselors", counsellor("Intruder", List.of("510000"))),
        403, "not-your-clinic");
    assertProblem(admin(b).post("/api/v1/counselors/" + counsellor + "/verification", Map.of("decision", "VERIFIED")),
        403, "not-your-clinic");
    assertProblem(admin(b).post("/api/v1/counselors/" + counsellor + "/suspension", Map.of("reasonCode", "COMPLAINT")),
        403, "not-your-clinic");
    assertProblem(admin(b).get("/api/v1/clinics/" + a + "/counselors"), 403, "not-your-clinic");
    assertProblem(admin(b).get("/api/v1/counselors/" + counsellor), 404, "counselor-not-found");
    assertProblem(client("c-x").post("/api/v1/counselors/" + counsellor + "/verification",
        Map.of("decision", "VERIFIED")), 403, "forbidden");

    JsonNode full = admin(a).get("/api/v1/counselors/" + counsellor).json();
    assertThat(full.get("profile").get("status").stringValue()).isEqualTo("PENDING_VERIFICATION");
    assertThat(ops().get("/api/v1/clinics/" + a + "/counselors").json().get("total").asInt()).isEqualTo(1);
  }

  @Test
  void onboardingAndVerificationArePublishedAndTheDirectoryHidesLicenceNumbers() {
    try (TopicProbe probe = TopicProbe.on(Topics.MATCHING)) {
      String clinic = clinic("440000");
      String id = onboard(clinic, counsellor("Chen Jing", List.of("440000")));
      probe.await(event(id, "counselor.onboarded.v1"), BOUND);
      verify(clinic, id);
      probe.await(event(id, "counselor.verified.v1"), BOUND);

      Api.Response publicView = client("c-1").get("/api/v1/counselors/" + id);
      assertThat(publicView.status()).isEqualTo(200);
      assertThat(publicView.body()).doesNotContain("licenceNumber").doesNotContain("LIC-");
      assertThat(publicView.json().get("displayName").stringValue()).isEqualTo("Chen Jing");
      assertThat(admin(clinic).get("/api/v1/counselors/" + id).json().get("licenceNumber").stringValue())
          .startsWith("LIC-");
      Api self = Api.local(port).as(issuer.token("c-self", "counselor").claim("counselor_id", id).sign());
      assertThat(self.get("/api/v1/counselors/" + id).json().has("licenceNumber")).isTrue();
      Api otherCounsellor = Api.local(port).as(issuer.token("c-other", "counselor").claim("counselor_id", "x").sign());
      assertThat(otherCounsellor.get("/api/v1/counselors/" + id).json().has("licenceNumber")).isFalse();
      assertProblem(admin(clinic).post("/api/v1/counselors/" + id + "/verification", Map.of("decision", "VERIFIED")),
          409, "counselor-illegal-transition");
    }
  }

  @Test
  void aClientIsProposedRankedCounsellorsWithReasonsAndAcceptingIsPublished() {
    try (TopicProbe probe = TopicProbe.on(Topics.MATCHING)) {
      String clinic = clinic("620000");
      String fit = onboard(clinic, counsellor("Zhao Min", List.of("620000")));
      String other = onboard(clinic, with(with(counsellor("Sun Li", List.of("620000")), "topics", List.of("SLEEP")),
          "approaches", List.of("PSYCHODYNAMIC")));
      verify(clinic, fit);
      verify(clinic, other);
      String clientId = "client-" + UUID.randomUUID();

      Api.Response created = client(clientId).with("Idempotency-Key", "k-" + clientId)
          .post("/api/v1/matches", matchFor(clientId, "620000"));
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      JsonNode m = created.json();
      String matchId = m.get("id").stringValue();
      assertThat(m.get("status").stringValue()).isEqualTo("PROPOSED");
      assertThat(m.get("proposals").get(0).get("counselorId").stringValue()).isEqualTo(fit);
      assertThat(m.get("proposals").get(1).get("counselorId").stringValue()).isEqualTo(other);
      JsonNode best = m.get("proposals").get(0);
      assertThat(best.get("breakdown").has("TOPIC_FIT")).isTrue();
      assertThat(best.get("reason").stringValue()).contains("Based in your province").contains("academic stress");
      probe.await(event(matchId, "match.proposed.v1"), BOUND);

      Api.Response replay = client(clientId).with("Idempotency-Key", "k-" + clientId)
          .post("/api/v1/matches", matchFor(clientId, "620000"));
      assertThat(replay.status()).isEqualTo(201);
      assertThat(replay.json().get("id").stringValue()).isEqualTo(matchId);
      assertProblem(client(clientId).with("Idempotency-Key", "k-" + clientId)
          .post("/api/v1/matches", matchFor(clientId, "630000")), 422, "idempotency-key-reused");

      assertProblem(client("someone-else").get("/api/v1/matches/" + matchId), 404, "match-not-found");
      assertProblem(client("someone-else").post("/api/v1/matches", matchFor(clientId, "620000")), 403,
          "not-your-client");

      Api.Response accepted = client(clientId).post("/api/v1/matches/" + matchId + "/accept",
          Map.of("counselorId", fit));
      assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
      assertThat(accepted.json().get("status").stringValue()).isEqualTo("ACCEPTED");
      probe.await(event(matchId, "match.accepted.v1"), BOUND);
      assertProblem(client(clientId).post("/api/v1/matches/" + matchId + "/accept", Map.of("counselorId", other)),
          409, "match-illegal-transition");

      Api.Response rematch = client(clientId).post("/api/v1/matches", with(with(matchFor(clientId, "620000"),
          "previousMatchId", matchId), "rematchReason", "NOT_A_GOOD_FIT"));
      assertThat(rematch.status()).as(rematch.toString()).isEqualTo(201);
      assertThat(rematch.json().get("rematchReason").stringValue()).isEqualTo("NOT_A_GOOD_FIT");
      JsonNode previous = client(clientId).get("/api/v1/matches/" + matchId).json();
      assertThat(previous.get("status").stringValue()).isEqualTo("SUPERSEDED");
      assertThat(previous.get("supersededReason").stringValue()).isEqualTo("NOT_A_GOOD_FIT");
      assertThat(client(clientId).get("/api/v1/matches?size=10").json().get("total").asInt()).isEqualTo(2);
    }
  }

  @Test
  void anEmptyResultExplainsItselfWaitsAndIsProposedWhenSupplyArrives() {
    try (TopicProbe probe = TopicProbe.on(Topics.MATCHING)) {
      String clinic = clinic("540000");
      verify(clinic, onboard(clinic, counsellor("Zhang Wei", List.of("540000"))));
      String clientId = "client-" + UUID.randomUUID();

      Api.Response r = client(clientId).post("/api/v1/matches", with(matchFor(clientId, "540000"), "languages",
          List.of("bo")));
      assertThat(r.status()).as(r.toString()).isEqualTo(201);
      String matchId = r.json().get("id").stringValue();
      assertThat(r.json().get("status").stringValue()).isEqualTo("WAITLISTED");
      assertThat(r.json().get("explanation").get("constraint").stringValue()).isEqualTo("LANGUAGE");
      assertThat(r.json().get("explanation").get("message").stringValue())
          .isEqualTo("No counsellor licensed for 540000 (Tibet) who offers VIDEO sessions, speaks bo.");
      JsonNode tibet = coverageOf("540000");
      assertThat(tibet.get("waitingRequests").asInt()).isEqualTo(1);
      assertThat(tibet.get("underServed").asBoolean()).isTrue();

      String speaker = onboard(clinic, with(counsellor("Tenzin Dolma", List.of("540000")), "languages",
          List.of("bo", "zh")));
      verify(clinic, speaker);

      JsonNode proposed = client(clientId).get("/api/v1/matches/" + matchId).json();
      assertThat(proposed.get("status").stringValue()).isEqualTo("PROPOSED");
      assertThat(proposed.get("proposals").get(0).get("counselorId").stringValue()).isEqualTo(speaker);
      assertThat(proposed.has("explanation")).isFalse();
      probe.await(event(matchId, "match.proposed.v1"), BOUND);
      assertThat(coverageOf("540000").get("waitingRequests").asInt()).isZero();
    }
  }

  JsonNode coverageOf(String province) {
    Api.Response r = ops().get("/api/v1/regions/coverage");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    for (JsonNode row : r.json()) {
      if (row.get("provinceCode").stringValue().equals(province)) {
        return row;
      }
    }
    throw new AssertionError("no coverage row for " + province);
  }

  @Test
  void anExpiredLicenceIsSuspendedByTheSweepAndDropsOutOfMatching() {
    try (TopicProbe probe = TopicProbe.on(Topics.MATCHING)) {
      String clinic = clinic("630000");
      String id = onboard(clinic, counsellor("Ma Lan", List.of("630000")));
      verify(clinic, id);
      String clientId = "client-" + UUID.randomUUID();
      assertThat(client(clientId).post("/api/v1/matches", matchFor(clientId, "630000")).json().get("status")
          .stringValue()).isEqualTo("PROPOSED");

      assertThat(counselorService.sweepExpiredLicences(Instant.parse("2030-12-31T12:00:00Z"))).isZero();
      assertThat(counselorService.sweepExpiredLicences(Instant.parse("2031-01-01T00:00:00Z"))).isPositive();

      JsonNode full = admin(clinic).get("/api/v1/counselors/" + id).json();
      assertThat(full.get("profile").get("status").stringValue()).isEqualTo("SUSPENDED");
      assertThat(full.get("statusReason").stringValue()).isEqualTo("LICENCE_EXPIRED");
      probe.await(event(id, "counselor.suspended.v1"), BOUND);
      String later = "client-" + UUID.randomUUID();
      JsonNode m = client(later).post("/api/v1/matches", matchFor(later, "630000")).json();
      assertThat(m.get("status").stringValue()).isEqualTo("WAITLISTED");
      assertThat(m.get("explanation").get("constraint").stringValue()).isEqualTo("PRACTISING");
      assertProblem(client("c-1").get("/api/v1/counselors/" + id), 404, "counselor-not-found");
    }
  }

  @Test
  void coverageIsForOpsAndAuditorsOnly() {
    assertThat(ops().get("/api/v1/regions/coverage").json().size()).isEqualTo(34);
    assertThat(Api.local(port).as(issuer.token("aud", "auditor").sign()).get("/api/v1/regions/coverage").status())
        .isEqualTo(200);
    assertProblem(client("c-1").get("/api/v1/regions/coverage"), 403, "forbidden");
    assertThat(client("c-1").get("/api/v1/regions").json().size()).isEqualTo(34);
    assertThat(Api.local(port).get("/v3/api-docs").body()).contains("/api/v1/matches/{id}/accept")
        .contains("/api/v1/regions/coverage").contains("/api/v1/clinics/{clinicId}/counselors");
  }
}
