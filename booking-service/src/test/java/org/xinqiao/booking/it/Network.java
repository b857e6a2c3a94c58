package org.xinqiao.booking.it;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.xinqiao.contracts.EventCodec;
import org.xinqiao.contracts.EventEnvelope;
import org.xinqiao.contracts.EventTypes;
import org.xinqiao.contracts.Modality;
import org.xinqiao.contracts.Topics;
import org.xinqiao.contracts.matching.CounselorOnboarded;
import org.xinqiao.contracts.matching.CounselorReinstated;
import org.xinqiao.contracts.matching.CounselorSuspended;
import org.xinqiao.contracts.matching.CounselorVerified;
import org.xinqiao.contracts.matching.LicenceScope;
import org.xinqiao.contracts.records.AgeGroup;
import org.xinqiao.contracts.records.ClientErased;
import org.xinqiao.contracts.records.ClientRegistered;
import org.xinqiao.contracts.records.ConsentGranted;
import org.xinqiao.contracts.records.ConsentKind;
import org.xinqiao.testkit.http.Api;
import org.xinqiao.testkit.jwt.TestJwtIssuer;
import org.xinqiao.testkit.kafka.KafkaBroker;
import tools.jackson.databind.JsonNode;

/**
 * The rest of the network as booking sees it: records and matching publish real events on the
 * broker, and callers hold real signed tokens. Object Mother for the people in the tests.
 */
public final class Network {

  private static final EventCodec CODEC = new EventCodec();
  private static KafkaProducer<String, byte[]> producer;

  private final int port;
  private final MongoTemplate mongo;

  public Network(int port, MongoTemplate mongo) {
    this.port = port;
    this.mongo = mongo;
  }

  public static String id(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  // --- tokens

  public Api asPartner(String partnerId) {
    return Api.local(port).as(TestJwtIssuer.shared().token("svc-" + partnerId, "partner").claim("partner_id", partnerId).sign());
  }

  public Api asClient(String clientId) {
    return Api.local(port).as(TestJwtIssuer.shared().token("u-" + clientId, "client").claim("pseudonym_id", clientId).sign());
  }

  public Api asCounselor(String counselorId, String clinicId) {
    return Api.local(port).as(TestJwtIssuer.shared().token("u-" + counselorId, "counselor")
        .claim("counselor_id", counselorId).claim("clinic_id", clinicId).sign());
  }

  public Api asClinicAdmin(String clinicId) {
    return Api.local(port).as(TestJwtIssuer.shared().token("admin-" + clinicId, "clinic-admin").claim("clinic_id", clinicId).sign());
  }

  // --- events

  public static synchronized byte[] publish(String type, String subject, Object payload) {
    var envelope = EventEnvelope.of(EventTypes.find(type).orElseThrow(), subject, Instant.now(), payload);
    byte[] bytes = CODEC.write(envelope);
    send(EventTypes.find(type).orElseThrow().topic(), subject, bytes);
    return bytes;
  }

  public static synchronized void send(String topic, String key, byte[] bytes) {
    if (producer == null) {
      producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.shared().bootstrapServers(),
          ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }
    try {
      producer.send(new ProducerRecord<>(topic, key, bytes)).get();
    } catch (Exception e) {
      throw new IllegalStateException("could not publish to " + topic, e);
    }
  }

  /** A counsellor verified by their clinic, available every hour around the clock (UTC, 50-minute sessions). */
  public String verifiedCounselor(String clinicId) {
    String counselorId = onboardedCounselor(clinicId);
    verify(counselorId, clinicId);
    return counselorId;
  }

  public String onboardedCounselor(String clinicId) {
    String counselorId = id("counselor");
    publish(EventTypes.COUNSELOR_ONBOARDED, counselorId,
        new CounselorOnboarded(counselorId, clinicId, "510000", LicenceScope.nationwide(), Instant.now()));
    Api.Response r = asCounselor(counselorId, clinicId).put("/api/v1/counselors/" + counselorId + "/availability",
        roundTheClock());
    if (r.status() != 200) {
      throw new IllegalStateException(r.toString());
    }
    await().atMost(Duration.ofSeconds(20)).until(() -> clinicId.equals(counselorDoc(counselorId).getString("clinicId")));
    return counselorId;
  }

  public byte[] verify(String counselorId, String clinicId) {
    byte[] bytes = publish(EventTypes.COUNSELOR_VERIFIED, counselorId,
        new CounselorVerified(counselorId, clinicId, LocalDate.now().plusYears(2), Instant.now()));
    await().atMost(Duration.ofSeconds(20)).until(() -> "VERIFIED".equals(counselorDoc(counselorId).getString("status")));
    return bytes;
  }

  public byte[] suspend(String counselorId, String clinicId) {
    byte[] bytes = publish(EventTypes.COUNSELOR_SUSPENDED, counselorId,
        new CounselorSuspended(counselorId, clinicId, "COMPLAINT", Instant.now()));
    await().atMost(Duration.ofSeconds(20)).until(() -> Boolean.TRUE.equals(counselorDoc(counselorId).getBoolean("suspended")));
    return bytes;
  }

  public void reinstate(String counselorId, String clinicId) {
    publish(EventTypes.COUNSELOR_REINSTATED, counselorId, new CounselorReinstated(counselorId, clinicId, Instant.now()));
    await().atMost(Duration.ofSeconds(20)).until(() -> Boolean.FALSE.equals(counselorDoc(counselorId).getBoolean("suspended")));
  }

  /** A client registered by the partner, with a SERVICE consent for video sessions. */
  public String consentingClient(String partnerId) {
    String clientId = registeredClient(partnerId);
    grantConsent(clientId, Modality.VIDEO);
    return clientId;
  }

  public String registeredClient(String partnerId) {
    String clientId = id("client");
    publish(EventTypes.CLIENT_REGISTERED, clientId,
        new ClientRegistered(clientId, partnerId, "540000", AgeGroup.YOUNG_ADULT, Instant.now()));
    await().atMost(Duration.ofSeconds(20)).until(() -> partnerId.equals(clientDoc(clientId).getString("partnerId")));
    return clientId;
  }

  public void grantConsent(String clientId, Modality modality) {
    String consentId = id("consent");
    publish(EventTypes.CONSENT_GRANTED, consentId,
        new ConsentGranted(consentId, clientId, ConsentKind.SERVICE, modality, "2026.1", Instant.now()));
    await().atMost(Duration.ofSeconds(20)).until(() -> {
      Document grants = clientDoc(clientId).get("grants", Document.class);
      return grants != null && grants.containsKey(consentId);
    });
  }

  public void erase(String clientId, String partnerId) {
    publish(EventTypes.CLIENT_ERASED, clientId, new ClientErased(clientId, partnerId, Instant.now()));
  }

  public Document clientDoc(String id) {
    Document d = mongo.findById(id, Document.class, "clients");
    return d == null ? new Document() : d;
  }

  public Document counselorDoc(String id) {
    Document d = mongo.findById(id, Document.class, "counselors");
    return d == null ? new Document() : d;
  }

  /** The start of the hour {@code hours} after the next full hour of {@code now}. */
  public static Instant hourSlot(Instant now, int hours) {
    return now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1L + hours));
  }

  public static Map<String, Object> booking(String clientId, String counselorId, Instant slotStart) {
    return Map.of("clientId", clientId, "counselorId", counselorId, "slotStart", slotStart.toString(), "modality", "VIDEO");
  }

  static Map<String, Object> roundTheClock() {
    List<Map<String, String>> weekly = java.util.Arrays.stream(java.time.DayOfWeek.values())
        .map(d -> Map.of("day", d.name(), "start", "00:00", "end", "23:59")).toList();
    return Map.of("zone", "UTC", "weekly", weekly, "exceptions", List.of(), "sessionMinutes", 50, "bufferMinutes", 10);
  }

  public static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asString();
  }

  public static long clientVersion(Network net, String clientId) {
    Object v = net.clientDoc(clientId).get("version");
    return v == null ? 0 : ((Number) v).longValue();
  }
}
