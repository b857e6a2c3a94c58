package org.xinqiao.records.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.xinqiao.contracts.Topics;
import org.xinqiao.records.support.Journeys;
import org.xinqiao.testkit.http.Api;
import org.xinqiao.testkit.kafka.TopicProbe;
import org.xinqiao.testkit.spring.XinqiaoIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Registration, ciphertext at rest, ordinary reads without identity, idempotency and object-level refusals. */
@XinqiaoIntegrationTest
class ClientRegistryIT {

  @LocalServerPort
  int port;

  @Autowired
  MongoTemplate mongo;

  Journeys journeys;

  @BeforeEach
  void setUp() {
    journeys = new Journeys(port, mongo);
  }

  @Test
  void registrationPublishesOnlyIdsProvinceAndAgeGroup() {
    try (TopicProbe probe = TopicProbe.on(Topics.RECORDS)) {
      String id = journeys.register("partner-a");
      ConsumerRecord<String, byte[]> record = probe.await(
          r -> id.equals(r.key()) && "client.registered.v1".equals(Journeys.type(r)), Duration.ofSeconds(30));
      JsonNode data = Journeys.data(record);
      assertThat(data.propertyNames()).containsExactlyInAnyOrder("clientId", "partnerId", "provinceCode", "ageGroup",
          "registeredAt");
      assertThat(data.get("provinceCode").stringValue()).isEqualTo("540000");
      assertThat(data.get("ageGroup").stringValue()).isEqualTo("ADOLESCENT");
      String raw = new String(record.value(), StandardCharsets.UTF_8);
      Journeys.IDENTITY_VALUES.forEach(v -> assertThat(raw).doesNotContain(v));
    }
  }

  @Test
  void identityIsCiphertextAtRest() {
    String id = journeys.register("partner-a");
    Document raw = mongo.getCollection("clients").find(new Document("_id", id)).first();
    assertThat(raw).isNotNull();
    String stored = raw.toJson();
    Journeys.IDENTITY_VALUES.forEach(v -> assertThat(stored).doesNotContain(v));
    Document identity = raw.get("identity", Document.class);
    assertThat(identity.keySet()).contains("realName", "phone", "location", "emergencyContact_name");
    assertThat(identity.getString("realName")).matches("[A-Za-z0-9+/=]{40,}");
    assertThat(raw.get("wrappedKey")).isNotNull();
  }

  @Test
  void ordinaryReadsNeverReturnIdentity() {
    String id = journeys.register("partner-a");
    Api.Response r = journeys.partner("partner-a").get("/api/v1/clients/" + id);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().get("identityOnFile").booleanValue()).isTrue();
    Journeys.IDENTITY_VALUES.forEach(v -> assertThat(r.body()).doesNotContain(v));
    Api.Response list = journeys.partner("partner-a").get("/api/v1/clients?size=100");
    Journeys.IDENTITY_VALUES.forEach(v -> assertThat(list.body()).doesNotContain(v));
  }

  @Test
  void aRepeatedRegistrationWithTheSameKeyAnswersAsTheFirstAndAnotherBodyIsRefused() {
    Map<String, Object> body = Journeys.tibetanTeenager("ref-" + UUID.randomUUID());
    String key = "reg-" + UUID.randomUUID();
    Api.Response first = journeys.partner("partner-a").with("Idempotency-Key", key).post("/api/v1/clients", body);
    Api.Response again = journeys.partner("partner-a").with("Idempotency-Key", key).post("/api/v1/clients", body);
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(again.status()).as(again.toString()).isEqualTo(201);
    assertThat(again.json().get("id").stringValue()).isEqualTo(first.json().get("id").stringValue());
    Api.Response other = journeys.partner("partner-a").with("Idempotency-Key", key)
        .post("/api/v1/clients", Journeys.tibetanTeenager("ref-" + UUID.randomUUID()));
    assertProblem(other, 422, "idempotency-key-reused");
  }

  @Test
  void aPartnerReferenceIsUniquePerPartner() {
    Map<String, Object> body = Journeys.tibetanTeenager("ref-" + UUID.randomUUID());
    assertThat(journeys.partner("partner-a").post("/api/v1/clients", body).status()).isEqualTo(201);
    assertProblem(journeys.partner("partner-a").post("/api/v1/clients", body), 409, "client-reference-taken");
    assertThat(journeys.partner("partner-b").post("/api/v1/clients", body).status()).isEqualTo(201);
  }

  @Test
  void anotherPartnersClientIsRefusedAndTheAttemptAudited() {
    String id = journeys.register("partner-a");
    Api partnerB = journeys.partner("partner-b");
    assertProblem(partnerB.get("/api/v1/clients/" + id), 403, "access-denied");
    assertProblem(partnerB.get("/api/v1/clients/" + id + "/export"), 403, "access-denied");
    assertProblem(partnerB.delete("/api/v1/clients/" + id), 403, "access-denied");
    assertThat(journeys.auditOf(id)).filteredOn(e -> "svc-partner-b".equals(e.get("actor").stringValue()))
        .hasSize(3)
        .allSatisfy(e -> {
          assertThat(e.get("outcome").stringValue()).isEqualTo("DENIED");
          assertThat(e.get("reason").stringValue()).isEqualTo("not-own-client");
        });
  }

  @Test
  void aClientSeesItselfOnlyAndACounsellorWithoutBookingSeesNothing() {
    String id = journeys.register("partner-a");
    String other = journeys.register("partner-a");
    assertThat(journeys.client(id).get("/api/v1/clients/" + id).status()).isEqualTo(200);
    assertProblem(journeys.client(id).get("/api/v1/clients/" + other), 403, "access-denied");
    assertProblem(journeys.counselor("co-stranger").get("/api/v1/clients/" + id), 403, "access-denied");
    journeys.bookingConfirmed("bk-" + id, id, "co-booked");
    journeys.awaitBooking("bk-" + id, "ACTIVE");
    Api.Response counsellorView = journeys.counselor("co-booked").get("/api/v1/clients/" + id);
    assertThat(counsellorView.status()).as(counsellorView.toString()).isEqualTo(200);
    assertThat(counsellorView.json().has("partnerRef")).isFalse();
    assertThat(journeys.auditOf(id)).anySatisfy(e -> {
      assertThat(e.get("actor").stringValue()).isEqualTo("user-co-stranger");
      assertThat(e.get("reason").stringValue()).isEqualTo("no-booking-with-client");
    });
    JsonNode own = journeys.client(id).get("/api/v1/clients").json();
    assertThat(own.get("items")).hasSize(1);
    assertThat(own.get("items").get(0).get("id").stringValue()).isEqualTo(id);
  }

  @Test
  void listsArePaginatedWithABoundedSize() {
    String partner = "partner-" + UUID.randomUUID();
    for (int i = 0; i < 3; i++) {
      journeys.register(partner);
    }
    JsonNode page = journeys.partner(partner).get("/api/v1/clients?page=1&size=2").json();
    assertThat(page.get("total").asLong()).isEqualTo(3);
    assertThat(page.get("items")).hasSize(1);
    assertProblem(journeys.partner(partner).get("/api/v1/clients?size=1000"), 400, "invalid-paging");
  }

  @Test
  void invalidRegistrationsAreProblems() {
    assertProblem(journeys.partner("partner-a").post("/api/v1/clients", Map.of("partnerRef", "x")), 400, "invalid-request");
    assertProblem(journeys.counselor("co1").post("/api/v1/clients", Journeys.tibetanTeenager("r")), 403, "forbidden");
    assertProblem(journeys.partner("partner-a").get("/api/v1/clients/" + UUID.randomUUID()), 404, "client-not-found");
  }

  static void assertProblem(Api.Response r, int status, String code) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.isProblem()).as(r.toString()).isTrue();
    assertThat(r.json().get("code").stringValue()).isEqualTo(code);
  }
}
