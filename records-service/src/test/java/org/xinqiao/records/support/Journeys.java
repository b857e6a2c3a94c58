package org.xinqiao.records.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.xinqiao.contracts.EventCodec;
import org.xinqiao.contracts.EventEnvelope;
import org.xinqiao.contracts.EventTypes;
import org.xinqiao.contracts.Modality;
import org.xinqiao.contracts.Topics;
import org.xinqiao.contracts.booking.BookingCancelled;
import org.xinqiao.contracts.booking.BookingConfirmed;
import org.xinqiao.contracts.booking.BookingParty;
import org.xinqiao.contracts.crisis.CaseOutcome;
import org.xinqiao.contracts.crisis.CaseSource;
import org.xinqiao.contracts.crisis.CrisisCaseOpened;
import org.xinqiao.contracts.crisis.CrisisCaseResolved;
import org.xinqiao.contracts.crisis.CrisisSeverity;
import org.xinqiao.testkit.http.Api;
import org.xinqiao.testkit.jwt.TestJwtIssuer;
import org.xinqiao.testkit.kafka.TopicProbe;
import tools.jackson.databind.JsonNode;

/** Steps of a client's journey through the records API and the events other services send, for integration tests. */
public final class Journeys {

  public static final Instant SLOT = Instant.parse("2026-04-01T02:00:00Z");
  static final EventCodec CODEC = new EventCodec();

  private final int port;
  private final MongoTemplate mongo;
  private final TestJwtIssuer issuer = TestJwtIssuer.shared();

  public Journeys(int port, MongoTemplate mongo) {
    this.port = port;
    this.mongo = mongo;
  }

  public Api partner(String partnerId) {
    return Api.local(port).as(issuer.token("svc-" + partnerId, "partner").claim("partner_id", partnerId).sign());
  }

  public Api client(String clientId) {
    return Api.local(port).as(issuer.token("user-" + clientId, "client").claim("pseudonym_id", clientId).sign());
  }

  public Api counselor(String counselorId) {
    return Api.local(port).as(issuer.token("user-" + counselorId, "counselor").claim("counselor_id", counselorId)
        .claim("clinic_id", "clinic-lhasa").sign());
  }

  public Api supervisor(String counselorId) {
    return Api.local(port).as(issuer.token("user-" + counselorId, "supervisor").claim("counselor_id", counselorId).sign());
  }

  public Api responder(String teamId) {
    return Api.local(port).as(issuer.token("user-resp-" + teamId, "crisis-responder").claim("team_id", teamId)
        .claim("region_code", "540000").sign());
  }

  public Api auditor() {
    return Api.local(port).as(issuer.token("user-auditor", "auditor").sign());
  }

  public Api anyone(String role) {
    return Api.local(port).as(issuer.token("user-" + role, role).sign());
  }

  /** The registration body of a Tibetan teenager with full identity, under a partner reference. */
  public static Map<String, Object> tibetanTeenager(String partnerRef) {
    return Map.of("partnerRef", partnerRef, "provinceCode", "540000", "languages", List.of("bo", "zh"),
        "ageGroup", "ADOLESCENT", "identity", Map.of(
            "realName", "次仁卓玛", "phone", "13912345678", "location", "拉萨市城关区八廓街",
            "emergencyContact", Map.of("name", "扎西多吉", "phone", "13887654321", "relationship", "father")));
  }

  public static final List<String> IDENTITY_VALUES =
      List.of("次仁卓玛", "13912345678", "拉萨市城关区八廓街", "扎西多吉", "13887654321");

  public String register(String partnerId) {
    Api.Response r = partner(partnerId).post("/api/v1/clients", tibetanTeenager("ref-" + UUID.randomUUID()));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().get("id").stringValue();
  }

  /** The right answers to the current document's comprehension check, read from the catalogue the service ships. */
  public static Map<String, String> rightAnswers(String kind, String modality) {
    var catalogue = org.xinqiao.records.consent.ConsentCatalogue.standard();
    var document = catalogue.current(org.xinqiao.records.consent.ConsentKind.valueOf(kind),
        modality == null ? null : org.xinqiao.records.consent.Modality.valueOf(modality)).orElseThrow();
    Map<String, String> answers = new HashMap<>();
    document.questions().forEach(q -> answers.put(q.id(), q.correctOption()));
    return answers;
  }

  public Api.Response grant(Api as, String clientId, String kind, String modality) {
    String query = modality == null ? "?kind=" + kind : "?kind=" + kind + "&modality=" + modality;
    JsonNode document = as.get("/api/v1/consents/documents/current" + query).json();
    Map<String, Object> body = new HashMap<>();
    body.put("clientId", clientId);
    body.put("kind", kind);
    if (modality != null) {
      body.put("modality", modality);
    }
    body.put("documentVersion", document.get("version").stringValue());
    body.put("answers", rightAnswers(kind, modality));
    return as.post("/api/v1/consents", body);
  }

  /** booking.confirmed from the booking service; returns the event id. */
  public String bookingConfirmed(String bookingId, String clientId, String counselorId) {
    EventEnvelope<BookingConfirmed> e = EventEnvelope.of(EventTypes.find(EventTypes.BOOKING_CONFIRMED).orElseThrow(),
        bookingId, SLOT.minusSeconds(86400), new BookingConfirmed(bookingId, clientId, counselorId, "partner-x",
            Modality.VIDEO, SLOT, SLOT.plusSeconds(3000), true, SLOT.minusSeconds(86400)));
    send(Topics.BOOKING, bookingId, CODEC.write(e));
    return e.id();
  }

  public byte[] bookingConfirmedBytes(String bookingId, String clientId, String counselorId) {
    return CODEC.write(EventEnvelope.of(EventTypes.find(EventTypes.BOOKING_CONFIRMED).orElseThrow(),
        bookingId, SLOT.minusSeconds(86400), new BookingConfirmed(bookingId, clientId, counselorId, "partner-x",
            Modality.VIDEO, SLOT, SLOT.plusSeconds(3000), true, SLOT.minusSeconds(86400))));
  }

  public void bookingCancelled(String bookingId, String clientId, String counselorId) {
    send(Topics.BOOKING, bookingId, CODEC.write(EventEnvelope.of(EventTypes.find(EventTypes.BOOKING_CANCELLED).orElseThrow(),
        bookingId, SLOT.minusSeconds(3600), new BookingCancelled(bookingId, clientId, counselorId, BookingParty.CLIENT,
            "CLIENT_REQUEST", false, SLOT.minusSeconds(3600)))));
  }

  public void caseOpened(String caseId, String clientId, String teamId) {
    send(Topics.CRISIS, caseId, CODEC.write(EventEnvelope.of(EventTypes.find(EventTypes.CRISIS_CASE_OPENED).orElseThrow(),
        caseId, SLOT, new CrisisCaseOpened(caseId, clientId, CrisisSeverity.HIGH, CaseSource.ASSESSMENT, "540000", teamId,
            SLOT))));
  }

  public void caseEscalated(String caseId, String clientId, String fromTeam, String toTeam) {
    send(Topics.CRISIS, caseId, CODEC.write(EventEnvelope.of(EventTypes.find(EventTypes.CRISIS_CASE_ESCALATED).orElseThrow(),
        caseId, SLOT.plusSeconds(600), new org.xinqiao.contracts.crisis.CrisisCaseEscalated(caseId, clientId,
            CrisisSeverity.HIGH, fromTeam, toTeam, 2, false, SLOT.plusSeconds(600)))));
  }

  public void caseResolved(String caseId, String clientId) {
    send(Topics.CRISIS, caseId, CODEC.write(EventEnvelope.of(EventTypes.find(EventTypes.CRISIS_CASE_RESOLVED).orElseThrow(),
        caseId, SLOT.plusSeconds(7200), new CrisisCaseResolved(caseId, clientId, CaseOutcome.SAFE,
            SLOT.plusSeconds(7200)))));
  }

  public static void send(String topic, String key, byte[] value) {
    TopicProbe.send(topic, key, value);
  }

  public void awaitBooking(String bookingId, String status) {
    await().atMost(Duration.ofSeconds(30)).until(() -> {
      Document d = mongo.findById(bookingId, Document.class, "careBookings");
      return d != null && status.equals(d.getString("status"));
    });
  }

  public void awaitCase(String caseId, String status) {
    await().atMost(Duration.ofSeconds(30)).until(() -> {
      Document d = mongo.findById(caseId, Document.class, "crisisCases");
      return d != null && status.equals(d.getString("status"));
    });
  }

  /** Audit entries about a client, newest last, read through the auditor's API. */
  public List<JsonNode> auditOf(String clientId) {
    Api.Response r = auditor().get("/api/v1/audit?size=100&clientId=" + clientId);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json().get("items").valueStream().toList();
  }

  public static JsonNode data(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record) {
    return CODEC.readTree(record.value()).data();
  }

  public static String type(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record) {
    return TopicProbe.header(record, "ce_type");
  }
}
