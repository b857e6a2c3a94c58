package org.xinqiao.records.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.xinqiao.contracts.Topics;
import org.xinqiao.records.crypto.FieldCipher;
import org.xinqiao.records.crypto.WrappedKey;
import org.xinqiao.records.support.Journeys;
import org.xinqiao.testkit.http.Api;
import org.xinqiao.testkit.kafka.TopicProbe;
import org.xinqiao.testkit.spring.XinqiaoIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Break-glass within an open crisis case, legal hold, export, and erasure by crypto-shredding. */
@XinqiaoIntegrationTest
class CrisisAndErasureIT {

  @LocalServerPort
  int port;

  @Autowired
  MongoTemplate mongo;

  @Autowired
  FieldCipher cipher;

  Journeys journeys;

  @BeforeEach
  void setUp() {
    journeys = new Journeys(port, mongo);
  }

  @Test
  void breakGlassWithoutAnOpenCaseIsRefusedAndAudited() {
    String client = journeys.register("partner-a");
    Api.Response r = journeys.responder("team-lhasa").get("/api/v1/clients/" + client + "/emergency-contact");
    assertThat(r.status()).as(r.toString()).isEqualTo(403);
    assertThat(r.json().get("reason").stringValue()).isEqualTo("no-open-crisis-case");
    Journeys.IDENTITY_VALUES.forEach(v -> assertThat(r.body()).doesNotContain(v));
    assertThat(journeys.auditOf(client)).anySatisfy(e -> {
      assertThat(e.get("action").stringValue()).isEqualTo("READ_EMERGENCY_CONTACT");
      assertThat(e.get("outcome").stringValue()).isEqualTo("DENIED");
    });
  }

  @Test
  void breakGlassWithinAnOpenCaseRevealsContactAndLocationAndAuditsTheCase() {
    String client = journeys.register("partner-a");
    String caseId = "case-" + UUID.randomUUID();
    journeys.caseOpened(caseId, client, "team-lhasa");
    journeys.awaitCase(caseId, "OPEN");
    Api.Response r = journeys.responder("team-lhasa").get("/api/v1/clients/" + client + "/emergency-contact");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().get("emergencyContact").get("phone").stringValue()).isEqualTo("13887654321");
    assertThat(r.json().get("location").stringValue()).isEqualTo("拉萨市城关区八廓街");
    assertThat(r.json().get("caseId").stringValue()).isEqualTo(caseId);
    assertThat(journeys.auditOf(client)).anySatisfy(e -> {
      assertThat(e.get("action").stringValue()).isEqualTo("READ_EMERGENCY_CONTACT");
      assertThat(e.get("outcome").stringValue()).isEqualTo("ALLOWED");
      assertThat(e.get("caseId").stringValue()).isEqualTo(caseId);
      assertThat(e.get("purpose").stringValue()).isEqualTo("CRISIS_BREAK_GLASS");
    });
    assertThat(journeys.responder("team-chengdu").get("/api/v1/clients/" + client + "/emergency-contact").status())
        .isEqualTo(403);
    journeys.caseEscalated(caseId, client, "team-lhasa", "team-chengdu");
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(caseId, Document.class,
        "crisisCases").getList("teams", String.class).contains("team-chengdu"));
    assertThat(journeys.responder("team-chengdu").get("/api/v1/clients/" + client + "/emergency-contact").status())
        .isEqualTo(200);
    journeys.caseResolved(caseId, client);
    journeys.awaitCase(caseId, "RESOLVED");
    assertThat(journeys.responder("team-lhasa").get("/api/v1/clients/" + client + "/emergency-contact").status())
        .isEqualTo(403);
  }

  @Test
  void exportGivesTheClientEverythingHeldAboutIt() {
    String client = journeys.register("partner-a");
    journeys.grant(journeys.client(client), client, "HEALTH_DATA", null);
    journeys.client(client).post("/api/v1/assessments", Map.of("clientId", client, "instrument", "GAD7",
        "answers", java.util.List.of(1, 1, 1, 1, 1, 1, 1)));
    Api.Response r = journeys.client(client).get("/api/v1/clients/" + client + "/export");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonNode export = r.json();
    assertThat(export.get("identity").get("realName").stringValue()).isEqualTo("次仁卓玛");
    assertThat(export.get("consents")).hasSize(1);
    assertThat(export.get("assessments").get(0).get("answers").stringValue()).isEqualTo("[1,1,1,1,1,1,1]");
    assertThat(export.get("accessLog").size()).isGreaterThan(0);
    assertThat(journeys.partner("partner-a").get("/api/v1/clients/" + client + "/export").status()).isEqualTo(200);
  }

  @Test
  void erasureIsRefusedUnderLegalHoldThenShredsTheKeySoNotesBecomeUnreadable() {
    String client = journeys.register("partner-a");
    String booking = "bk-" + UUID.randomUUID();
    journeys.bookingConfirmed(booking, client, "co-erase");
    journeys.awaitBooking(booking, "ACTIVE");
    String noteId = journeys.counselor("co-erase").post("/api/v1/records/notes",
        Map.of("clientId", client, "bookingId", booking, "text", "会谈记录")).json().get("id").stringValue();
    String caseId = "case-" + UUID.randomUUID();
    journeys.caseOpened(caseId, client, "team-lhasa");
    journeys.awaitCase(caseId, "OPEN");

    Api.Response held = journeys.partner("partner-a").delete("/api/v1/clients/" + client);
    assertThat(held.status()).as(held.toString()).isEqualTo(409);
    assertThat(held.json().get("code").stringValue()).isEqualTo("legal-hold");
    assertThat(journeys.counselor("co-erase").get("/api/v1/records/notes/" + noteId).status()).isEqualTo(200);

    journeys.caseResolved(caseId, client);
    journeys.awaitCase(caseId, "RESOLVED");
    Document before = mongo.getCollection("clients").find(new Document("_id", client)).first();
    WrappedKey keyBefore = new WrappedKey(before.getString("keyId"), before.get("wrappedKey", org.bson.types.Binary.class).getData());
    try (TopicProbe probe = TopicProbe.on(Topics.RECORDS)) {
      Api.Response erased = journeys.client(client).delete("/api/v1/clients/" + client);
      assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
      assertThat(erased.json().get("status").stringValue()).isEqualTo("ERASED");
      probe.await(r -> client.equals(r.key()) && "client.erased.v1".equals(Journeys.type(r)), Duration.ofSeconds(30));
    }
    Document after = mongo.getCollection("clients").find(new Document("_id", client)).first();
    assertThat(after.containsKey("wrappedKey")).isFalse();
    assertThat(after.containsKey("identity")).isFalse();
    Document note = mongo.getCollection("notes").find(new Document("_id", noteId)).first();
    String ciphertext = note.getList("revisions", Document.class).get(0).getString("ciphertext");
    assertThatThrownBy(() -> cipher.decrypt(null, client, "note/" + noteId + "/1", ciphertext))
        .isInstanceOf(FieldCipher.KeyShredded.class);
    assertThat(cipher.decrypt(keyBefore, client, "note/" + noteId + "/1", ciphertext)).isEqualTo("会谈记录");

    Api.Response unreadable = journeys.counselor("co-erase").get("/api/v1/records/notes/" + noteId);
    assertThat(unreadable.status()).as(unreadable.toString()).isEqualTo(404);
    assertThat(unreadable.json().get("code").stringValue()).isEqualTo("client-erased");
    assertThat(journeys.auditOf(client)).anySatisfy(e -> assertThat(e.get("action").stringValue()).isEqualTo("ERASE"));
    assertThat(journeys.client(client).delete("/api/v1/clients/" + client).status()).isEqualTo(404);
  }
}
