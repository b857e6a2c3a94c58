package org.xinqiao.records.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.xinqiao.contracts.Topics;
import org.xinqiao.records.support.Journeys;
import org.xinqiao.testkit.http.Api;
import org.xinqiao.testkit.spring.XinqiaoIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Notes for bookings the counsellor holds (learnt from booking events), encrypted, appended, supervised with consent. */
@XinqiaoIntegrationTest
class NotesIT {

  static final String TEXT = "来访者谈到考试焦虑和与父亲的冲突";

  @LocalServerPort
  int port;

  @Autowired
  MongoTemplate mongo;

  Journeys journeys;

  @BeforeEach
  void setUp() {
    journeys = new Journeys(port, mongo);
  }

  record Booked(String clientId, String bookingId, String counselorId) {}

  Booked booked() {
    String client = journeys.register("partner-a");
    String booking = "bk-" + UUID.randomUUID();
    String counselor = "co-" + UUID.randomUUID();
    journeys.bookingConfirmed(booking, client, counselor);
    journeys.awaitBooking(booking, "ACTIVE");
    return new Booked(client, booking, counselor);
  }

  Api.Response write(Booked b, String supervisorId) {
    return journeys.counselor(b.counselorId()).post("/api/v1/records/notes", supervisorId == null
        ? Map.of("clientId", b.clientId(), "bookingId", b.bookingId(), "text", TEXT)
        : Map.of("clientId", b.clientId(), "bookingId", b.bookingId(), "supervisorId", supervisorId, "text", TEXT));
  }

  @Test
  void theCounsellorHoldingTheBookingWritesAnEncryptedNoteAndRevisionsAreAppended() {
    Booked b = booked();
    Api.Response written = write(b, null);
    assertThat(written.status()).as(written.toString()).isEqualTo(201);
    String noteId = written.json().get("id").stringValue();
    Document raw = mongo.getCollection("notes").find(new Document("_id", noteId)).first();
    assertThat(raw.toJson()).doesNotContain(TEXT).doesNotContain("考试");

    Api.Response revised = journeys.counselor(b.counselorId()).with("Idempotency-Key", "rev-1")
        .post("/api/v1/records/notes/" + noteId + "/revisions", Map.of("text", "补充：睡眠改善"));
    assertThat(revised.status()).as(revised.toString()).isEqualTo(201);
    Api.Response repeated = journeys.counselor(b.counselorId()).with("Idempotency-Key", "rev-1")
        .post("/api/v1/records/notes/" + noteId + "/revisions", Map.of("text", "补充：睡眠改善"));
    assertThat(repeated.json().get("revisions")).hasSize(2);
    assertThat(journeys.counselor(b.counselorId()).with("Idempotency-Key", "rev-1")
        .post("/api/v1/records/notes/" + noteId + "/revisions", Map.of("text", "另一段")).status()).isEqualTo(422);
    JsonNode read = journeys.counselor(b.counselorId()).get("/api/v1/records/notes/" + noteId).json();
    assertThat(read.get("revisions").valueStream().map(r -> r.get("text").stringValue()))
        .containsExactly(TEXT, "补充：睡眠改善");
  }

  @Test
  void aCounsellorWithoutTheBookingIsRefusedAndAudited() {
    Booked b = booked();
    Api.Response stranger = journeys.counselor("co-stranger").post("/api/v1/records/notes",
        Map.of("clientId", b.clientId(), "bookingId", b.bookingId(), "text", TEXT));
    assertThat(stranger.status()).as(stranger.toString()).isEqualTo(403);
    String noteId = write(b, null).json().get("id").stringValue();
    assertThat(journeys.counselor("co-stranger").get("/api/v1/records/notes/" + noteId).status()).isEqualTo(403);
    assertThat(journeys.counselor("co-stranger").get("/api/v1/records/notes?clientId=" + b.clientId()).status())
        .isEqualTo(403);
    assertThat(journeys.auditOf(b.clientId())).filteredOn(e -> "user-co-stranger".equals(e.get("actor").stringValue()))
        .hasSize(3).allSatisfy(e -> assertThat(e.get("outcome").stringValue()).isEqualTo("DENIED"));
  }

  @Test
  void aCancelledBookingNoLongerAllowsNotes() {
    Booked b = booked();
    journeys.bookingCancelled(b.bookingId(), b.clientId(), b.counselorId());
    journeys.awaitBooking(b.bookingId(), "CANCELLED");
    assertThat(write(b, null).status()).isEqualTo(403);
  }

  @Test
  void theNamedSupervisorReadsOnlyWithTheClientsSupervisionConsent() {
    Booked b = booked();
    String noteId = write(b, "sup-1").json().get("id").stringValue();
    Api.Response withoutConsent = journeys.supervisor("sup-1").get("/api/v1/records/notes/" + noteId);
    assertThat(withoutConsent.status()).as(withoutConsent.toString()).isEqualTo(403);
    assertThat(withoutConsent.json().get("reason").stringValue()).isEqualTo("no-supervision-consent");

    assertThat(journeys.grant(journeys.client(b.clientId()), b.clientId(), "SUPERVISION", null).status()).isEqualTo(201);
    JsonNode read = journeys.supervisor("sup-1").get("/api/v1/records/notes/" + noteId).json();
    assertThat(read.get("revisions").get(0).get("text").stringValue()).isEqualTo(TEXT);
    assertThat(journeys.supervisor("sup-1").get("/api/v1/records/notes?clientId=" + b.clientId()).json()).hasSize(1);
    assertThat(journeys.supervisor("sup-2").get("/api/v1/records/notes/" + noteId).status()).isEqualTo(403);
    assertThat(journeys.supervisor("sup-2").get("/api/v1/records/notes?clientId=" + b.clientId()).json()).isEmpty();
    assertThat(journeys.auditOf(b.clientId())).anySatisfy(e -> {
      assertThat(e.get("actor").stringValue()).isEqualTo("user-sup-1");
      assertThat(e.get("purpose").stringValue()).isEqualTo("SUPERVISION");
      assertThat(e.get("outcome").stringValue()).isEqualTo("ALLOWED");
    });
  }

  @Test
  void aRedeliveredBookingEventChangesNothingTwice() {
    String client = journeys.register("partner-a");
    String booking = "bk-" + UUID.randomUUID();
    byte[] confirmed = journeys.bookingConfirmedBytes(booking, client, "co-1");
    Journeys.send(Topics.BOOKING, booking, confirmed);
    journeys.awaitBooking(booking, "ACTIVE");
    journeys.bookingCancelled(booking, client, "co-1");
    journeys.awaitBooking(booking, "CANCELLED");
    Journeys.send(Topics.BOOKING, booking, confirmed);
    String marker = "bk-" + UUID.randomUUID();
    journeys.bookingConfirmed(marker, client, "co-1");
    journeys.awaitBooking(marker, "ACTIVE");
    Document d = mongo.findById(booking, Document.class, "careBookings");
    assertThat(d.getString("status")).isEqualTo("CANCELLED");
    assertThat(d.getList("processedEventIds", String.class)).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void aMalformedBookingEventGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
    try (var dlt = org.xinqiao.testkit.kafka.TopicProbe.on(Topics.deadLetter(Topics.BOOKING))) {
      Journeys.send(Topics.BOOKING, "poison", "{not an event".getBytes());
      dlt.await(r -> "poison".equals(r.key()), Duration.ofSeconds(30));
    }
    String client = journeys.register("partner-a");
    String booking = "bk-" + UUID.randomUUID();
    journeys.bookingConfirmed(booking, client, "co-1");
    await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(booking, Document.class, "careBookings") != null);
    assertThat(List.of(booking)).isNotEmpty();
  }
}
