package org.xinqiao.booking.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.xinqiao.booking.it.Network.booking;
import static org.xinqiao.booking.it.Network.hourSlot;
import static org.xinqiao.booking.it.Network.text;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.xinqiao.contracts.EventCodec;
import org.xinqiao.contracts.EventTypes;
import org.xinqiao.contracts.Modality;
import org.xinqiao.contracts.Topics;
import org.xinqiao.contracts.booking.AvailabilityChanged;
import org.xinqiao.contracts.booking.BookingConfirmed;
import org.xinqiao.contracts.records.ConsentKind;
import org.xinqiao.contracts.records.ConsentWithdrawn;
import org.xinqiao.testkit.http.Api;
import org.xinqiao.testkit.kafka.TopicProbe;

/** What booking does with the events of records and matching, and what it publishes. */
@BookingIntegrationTest
class EventsIT {

  @LocalServerPort
  int port;

  @Autowired
  MongoTemplate mongo;

  @Autowired
  TestClock clock;

  Network net;
  String partner;
  String clinic;

  @BeforeEach
  void network() {
    net = new Network(port, mongo);
    partner = Network.id("partner");
    clinic = Network.id("clinic");
  }

  Api.Response book(String clientId, String counselorId, Instant start) {
    return net.asPartner(partner).with("Idempotency-Key", Network.id("k"))
        .post("/api/v1/bookings", booking(clientId, counselorId, start));
  }

  @Test
  void aRedeliveredSuspensionDoesNotSuspendAReinstatedCounsellorAgain() {
    String counselor = net.verifiedCounselor(clinic);
    byte[] suspension = net.suspend(counselor, clinic);
    net.reinstate(counselor, clinic);
    Network.send(Topics.MATCHING, counselor, suspension);
    Network.send(Topics.MATCHING, counselor, suspension);
    // a later event on the same key proves the redeliveries were consumed before it
    String client = net.consentingClient(partner);
    net.verify(counselor, clinic);
    assertThat(net.counselorDoc(counselor).getBoolean("suspended")).isFalse();
    assertThat(book(client, counselor, hourSlot(clock.instant(), 7)).status()).isEqualTo(201);
  }

  @Test
  void aRedeliveredRegistrationOrConsentChangesNothingTwice() {
    String client = Network.id("client");
    byte[] registration = Network.publish(EventTypes.CLIENT_REGISTERED, client,
        new org.xinqiao.contracts.records.ClientRegistered(client, partner, "650000",
            org.xinqiao.contracts.records.AgeGroup.ADOLESCENT, Instant.now()));
    await().atMost(Duration.ofSeconds(20)).until(() -> partner.equals(net.clientDoc(client).getString("partnerId")));
    net.grantConsent(client, Modality.VIDEO);
    String counselor = net.verifiedCounselor(clinic);
    assertThat(book(client, counselor, hourSlot(clock.instant(), 9)).status()).isEqualTo(201);
    long version = Network.clientVersion(net, client);
    Network.send(Topics.RECORDS, client, registration);
    Network.send(Topics.RECORDS, client, registration);
    // a fresh event on the same key is consumed after the redeliveries and changes the client once
    Network.publish(EventTypes.CLIENT_REGISTERED, client, new org.xinqiao.contracts.records.ClientRegistered(client, partner,
        "650000", org.xinqiao.contracts.records.AgeGroup.ADOLESCENT, Instant.now()));
    await().atMost(Duration.ofSeconds(20)).until(() -> Network.clientVersion(net, client) > version);
    Document doc = net.clientDoc(client);
    assertThat(((Number) doc.get("freeRemaining")).intValue()).isZero();
    assertThat(Network.clientVersion(net, client)).isEqualTo(version + 1);
  }

  @Test
  void aWithdrawnConsentStopsNewBookingsForThatModality() {
    String counselor = net.verifiedCounselor(clinic);
    String client = net.registeredClient(partner);
    String consentId = Network.id("consent");
    Network.publish(EventTypes.CONSENT_WITHDRAWN, consentId,
        new ConsentWithdrawn(consentId, client, ConsentKind.SERVICE, Modality.VIDEO, Instant.now()));
    Network.publish(EventTypes.CONSENT_GRANTED, consentId, new org.xinqiao.contracts.records.ConsentGranted(consentId, client,
        ConsentKind.SERVICE, Modality.VIDEO, "2026.1", Instant.now().minusSeconds(60)));
    await().atMost(Duration.ofSeconds(20)).until(() -> net.clientDoc(client).get("grants") != null);
    Api.Response r = book(client, counselor, hourSlot(clock.instant(), 8));
    assertThat(r.status()).as(r.toString()).isEqualTo(422);
    assertThat(text(r.json(), "code")).isEqualTo("consent-missing");
  }

  @Test
  void anErasedClientsBookingsAreAnonymisedAndFutureOnesReleased() {
    String counselor = net.verifiedCounselor(clinic);
    String client = net.consentingClient(partner);
    Instant slot = hourSlot(clock.instant(), 12);
    String id = text(book(client, counselor, slot).json(), "id");
    try (TopicProbe probe = TopicProbe.on(Topics.BOOKING)) {
      net.erase(client, partner);
      await().atMost(Duration.ofSeconds(20)).until(() -> {
        Document b = mongo.findById(id, Document.class, "bookings");
        return !client.equals(b.getString("clientId"));
      });
      ConsumerRecord<String, byte[]> cancelled = probe.await(r -> id.equals(r.key())
          && "booking.cancelled.v1".equals(TopicProbe.header(r, "ce_type")), Duration.ofSeconds(20));
      assertThat(new String(cancelled.value(), StandardCharsets.UTF_8)).contains("CLIENT_ERASED");
    }
    Document b = mongo.findById(id, Document.class, "bookings");
    assertThat(b.getString("status")).isEqualTo("CANCELLED");
    assertThat(b.toJson()).doesNotContain(client);
    assertThat(mongo.findById(counselor + "|" + slot, Document.class, "slot_claims")).isNull();
    assertThat(net.asPartner(partner).get("/api/v1/clients/" + client + "/entitlements").status()).isEqualTo(404);
  }

  @Test
  void availabilityIsSetByTheCounsellorOrTheirClinicAdminAndAnnouncedToMatching() {
    String counselor = net.verifiedCounselor(clinic);
    Map<String, Object> shanghai = Map.of("zone", "Asia/Shanghai",
        "weekly", List.of(Map.of("day", "MONDAY", "start", "09:00", "end", "12:00")),
        "exceptions", List.of(), "sessionMinutes", 50, "bufferMinutes", 10);
    String path = "/api/v1/counselors/" + counselor + "/availability";
    assertThat(net.asClinicAdmin(Network.id("clinic")).put(path, shanghai).status()).isEqualTo(404);
    assertThat(net.asCounselor(Network.id("counselor"), clinic).put(path, shanghai).status()).isEqualTo(404);
    assertThat(net.asPartner(partner).get(path).status()).isEqualTo(404);
    try (TopicProbe probe = TopicProbe.on(Topics.BOOKING)) {
      Api.Response put = net.asClinicAdmin(clinic).put(path, shanghai);
      assertThat(put.status()).as(put.toString()).isEqualTo(200);
      ConsumerRecord<String, byte[]> announced = probe.await(r -> counselor.equals(r.key())
          && "availability.changed.v1".equals(TopicProbe.header(r, "ce_type"))
          && new String(r.value(), StandardCharsets.UTF_8).contains("\"freeSlotsNext14Days\":6"), Duration.ofSeconds(20));
      AvailabilityChanged payload = new EventCodec().payload(new EventCodec().readTree(announced.value()), AvailabilityChanged.class);
      assertThat(payload.nextFreeSlotStart().atZone(java.time.ZoneId.of("Asia/Shanghai")).getDayOfWeek())
          .isEqualTo(java.time.DayOfWeek.MONDAY);
    }
    assertThat(text(net.asCounselor(counselor, clinic).get(path).json(), "zone")).isEqualTo("Asia/Shanghai");
    Api.Response bad = net.asCounselor(counselor, clinic).put(path, Map.of("zone", "Mars/Olympus", "weekly", List.of(),
        "sessionMinutes", 50, "bufferMinutes", 10));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(text(bad.json(), "code")).isEqualTo("invalid-availability");
  }

  @Test
  void aConfirmedBookingIsPublishedOnceWithItsPartyIds() {
    String counselor = net.verifiedCounselor(clinic);
    String client = net.consentingClient(partner);
    Instant slot = hourSlot(clock.instant(), 20);
    try (TopicProbe probe = TopicProbe.on(Topics.BOOKING)) {
      String id = text(book(client, counselor, slot).json(), "id");
      ConsumerRecord<String, byte[]> r = probe.await(e -> id.equals(e.key())
          && "booking.confirmed.v1".equals(TopicProbe.header(e, "ce_type")), Duration.ofSeconds(20));
      BookingConfirmed confirmed = new EventCodec().payload(new EventCodec().readTree(r.value()), BookingConfirmed.class);
      assertThat(confirmed.partnerId()).isEqualTo(partner);
      assertThat(confirmed.slotStart()).isEqualTo(slot);
      assertThat(confirmed.free()).isTrue();
      assertThat(probe.drain(e -> id.equals(e.key()), Duration.ofSeconds(2))).hasSize(1);
    }
  }

  @Test
  void withdrawingTheConsentCancelsTheUpcomingSessionsItCoveredAndGivesTheFreeSessionBack() {
    String counselor = net.verifiedCounselor(clinic);
    String client = net.registeredClient(partner);
    String consentId = Network.id("consent");
    Network.publish(EventTypes.CONSENT_GRANTED, consentId, new org.xinqiao.contracts.records.ConsentGranted(consentId, client,
        ConsentKind.SERVICE, Modality.VIDEO, "2026.1", Instant.now()));
    await().atMost(Duration.ofSeconds(20)).until(() -> net.clientDoc(client).get("grants") != null);
    String id = text(book(client, counselor, hourSlot(clock.instant(), 30)).json(), "id");
    try (TopicProbe probe = TopicProbe.on(Topics.BOOKING)) {
      Network.publish(EventTypes.CONSENT_WITHDRAWN, consentId,
          new ConsentWithdrawn(consentId, client, ConsentKind.SERVICE, Modality.VIDEO, Instant.now()));
      ConsumerRecord<String, byte[]> e = probe.await(r -> id.equals(r.key())
          && "booking.cancelled.v1".equals(TopicProbe.header(r, "ce_type")), Duration.ofSeconds(20));
      assertThat(new String(e.value(), StandardCharsets.UTF_8)).contains("CONSENT_WITHDRAWN").contains("SYSTEM");
    }
    Api partnerApi = net.asPartner(partner);
    assertThat(text(partnerApi.get("/api/v1/bookings/" + id).json(), "status")).isEqualTo("CANCELLED");
    assertThat(partnerApi.get("/api/v1/clients/" + client + "/entitlements").json().get("freeSessionsRemaining").asInt())
        .isEqualTo(1);
  }

  @Test
  void aSuspensionCancelsTheCounsellorsUpcomingSessionsOnceEvenIfRedelivered() {
    String counselor = net.verifiedCounselor(clinic);
    String c1 = net.consentingClient(partner);
    String c2 = net.consentingClient(partner);
    Instant slot = hourSlot(clock.instant(), 40);
    String b1 = text(book(c1, counselor, slot).json(), "id");
    String b2 = text(book(c2, counselor, slot.plus(Duration.ofHours(1))).json(), "id");
    try (TopicProbe probe = TopicProbe.on(Topics.BOOKING)) {
      byte[] suspension = net.suspend(counselor, clinic);
      for (String id : List.of(b1, b2)) {
        probe.await(r -> id.equals(r.key()) && "booking.cancelled.v1".equals(TopicProbe.header(r, "ce_type"))
            && new String(r.value(), StandardCharsets.UTF_8).contains("COUNSELOR_SUSPENDED"), Duration.ofSeconds(20));
      }
      net.reinstate(counselor, clinic);
      String c3 = net.consentingClient(partner);
      String b3 = text(book(c3, counselor, slot).json(), "id");
      Network.send(Topics.MATCHING, counselor, suspension);
      net.verify(counselor, clinic); // consumed after the redelivery: same key
      assertThat(text(net.asPartner(partner).get("/api/v1/bookings/" + b3).json(), "status")).isEqualTo("CONFIRMED");
      assertThat(probe.drain(r -> b1.equals(r.key()) && "booking.cancelled.v1".equals(TopicProbe.header(r, "ce_type")),
          Duration.ofSeconds(1))).hasSize(1);
    }
  }

  @Test
  void aPoisonRecordGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
    byte[] garbage = "{\"type\": \"counselor.verified.v1\", not json".getBytes(StandardCharsets.UTF_8);
    try (TopicProbe dlt = TopicProbe.on(Topics.deadLetter(Topics.MATCHING))) {
      String poisonKey = Network.id("poison");
      Network.send(Topics.MATCHING, poisonKey, garbage);
      String counselor = net.verifiedCounselor(clinic); // consumed after the poison record
      ConsumerRecord<String, byte[]> dead = dlt.await(r -> poisonKey.equals(r.key()), Duration.ofSeconds(30));
      assertThat(dead.value()).isEqualTo(garbage);
      assertThat(net.counselorDoc(counselor).getString("status")).isEqualTo("VERIFIED");
    }
  }
}
