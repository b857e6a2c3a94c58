package org.xinqiao.booking.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.xinqiao.booking.it.Network.booking;
import static org.xinqiao.booking.it.Network.hourSlot;
import static org.xinqiao.booking.it.Network.text;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.xinqiao.contracts.Modality;
import org.xinqiao.contracts.Topics;
import org.xinqiao.testkit.http.Api;
import org.xinqiao.testkit.kafka.TopicProbe;
import tools.jackson.databind.JsonNode;

/** Booking over HTTP on the real broker, the MongoDB wire server and real tokens. */
@BookingIntegrationTest
class BookingApiIT {

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

  static void assertProblem(Api.Response r, int status, String code) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.isProblem()).as(r.toString()).isTrue();
    assertThat(text(r.json(), "type")).isEqualTo("https://xinqiao.org/problems/" + code);
  }

  Api.Response book(Api api, String clientId, String counselorId, Instant start, String key) {
    return api.with("Idempotency-Key", key).post("/api/v1/bookings", booking(clientId, counselorId, start));
  }

  String bookOk(String clientId, String counselorId, Instant start) {
    Api.Response r = book(net.asPartner(partner), clientId, counselorId, start, Network.id("key"));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return text(r.json(), "id");
  }

  long bookingsAt(String counselorId, Instant start) {
    return mongo.count(Query.query(Criteria.where("counselorId").is(counselorId).and("slotStart").is(java.util.Date.from(start))
        .and("status").is("CONFIRMED")), "bookings");
  }

  @Test
  void fiftyClientsRacingForOneSlotGiveExactlyOneBookingAndFortyNineSlotTaken() throws Exception {
    String counselor = net.verifiedCounselor(clinic);
    List<String> clients = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      clients.add(net.consentingClient(partner));
    }
    Instant slot = hourSlot(clock.instant(), 30);
    CountDownLatch gate = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(50);
    try {
      List<Future<Api.Response>> answers = new ArrayList<>();
      for (String c : clients) {
        Api api = net.asPartner(partner);
        answers.add(pool.submit((Callable<Api.Response>) () -> {
          gate.await();
          return book(api, c, counselor, slot, "race-" + c);
        }));
      }
      gate.countDown();
      Map<Integer, Integer> byStatus = new HashMap<>();
      List<Api.Response> losers = new ArrayList<>();
      for (Future<Api.Response> f : answers) {
        Api.Response r = f.get();
        byStatus.merge(r.status(), 1, Integer::sum);
        if (r.status() == 409) {
          losers.add(r);
        }
      }
      assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of(201, 1, 409, 49));
      assertThat(losers).allSatisfy(r -> assertProblem(r, 409, "slot-taken"));
      assertThat(bookingsAt(counselor, slot)).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theSameIdempotencyKeyReturnsTheFirstAnswerAndADifferentBodyIsRefused() {
    String counselor = net.verifiedCounselor(clinic);
    String client = net.consentingClient(partner);
    Instant slot = hourSlot(clock.instant(), 5);
    Api api = net.asPartner(partner);
    Api.Response first = book(api, client, counselor, slot, "key-1");
    Api.Response again = book(api, client, counselor, slot, "key-1");
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(bookingsAt(counselor, slot)).isEqualTo(1);
    assertProblem(book(api, client, counselor, slot.plus(Duration.ofHours(1)), "key-1"), 422, "idempotency-key-reused");
    assertProblem(api.post("/api/v1/bookings", booking(client, counselor, slot)), 400, "idempotency-key-required");
  }

  @Test
  void eachPreconditionIsRefusedWithItsOwnProblemType() {
    String counselor = net.verifiedCounselor(clinic);
    String client = net.consentingClient(partner);
    Api api = net.asPartner(partner);
    Instant slot = hourSlot(clock.instant(), 3);

    Map<String, Object> audio = new HashMap<>(booking(client, counselor, slot));
    audio.put("modality", "AUDIO");
    assertProblem(api.with("Idempotency-Key", "k-audio").post("/api/v1/bookings", audio), 422, "consent-missing");

    String unverified = net.onboardedCounselor(clinic);
    Api.Response notVerified = book(api, client, unverified, slot, "k-unverified");
    assertProblem(notVerified, 422, "counselor-not-bookable");
    assertThat(text(notVerified.json(), "reason")).isEqualTo("NOT_VERIFIED");

    String suspended = net.verifiedCounselor(clinic);
    net.suspend(suspended, clinic);
    Api.Response susp = book(api, client, suspended, slot, "k-suspended");
    assertProblem(susp, 422, "counselor-not-bookable");
    assertThat(text(susp.json(), "reason")).isEqualTo("SUSPENDED");

    assertProblem(book(api, client, counselor, hourSlot(clock.instant(), -3), "k-past"), 422, "slot-in-past");
    assertProblem(book(api, client, counselor, slot.plus(Duration.ofMinutes(30)), "k-offgrid"), 422, "slot-not-available");

    String other = net.verifiedCounselor(clinic);
    assertThat(book(api, client, counselor, slot, "k-first").status()).isEqualTo(201);
    assertProblem(book(api, client, other, slot, "k-overlap"), 409, "client-overlap");
    assertThat(bookingsAt(other, slot)).isZero();
    assertThat(net.asPartner(partner).get("/api/v1/counselors/" + other + "/slots?from=" + slot + "&to=" + slot.plusSeconds(3600))
        .json().get("slots")).hasSize(1);
  }

  @Test
  void rescheduleHoldsTheNewSlotBeforeReleasingTheOldAndChangesNothingWhenTheNewSlotIsTaken() {
    String counselor = net.verifiedCounselor(clinic);
    String client = net.consentingClient(partner);
    String rival = net.consentingClient(partner);
    Instant s1 = hourSlot(clock.instant(), 4);
    Instant s2 = s1.plus(Duration.ofHours(1));
    Instant s3 = s1.plus(Duration.ofHours(2));
    String id = bookOk(client, counselor, s1);
    bookOk(rival, counselor, s3);
    Api api = net.asPartner(partner);

    try (TopicProbe probe = TopicProbe.on(Topics.BOOKING)) {
      Api.Response moved = api.post("/api/v1/bookings/" + id + "/reschedule", Map.of("slotStart", s2.toString()));
      assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
      assertThat(text(moved.json(), "slotStart")).isEqualTo(s2.toString());
      assertThat(bookingsAt(counselor, s1)).isZero();
      assertThat(bookingsAt(counselor, s2)).isEqualTo(1);
      assertThat(mongo.findById(counselor + "|" + s1, Document.class, "slot_claims")).isNull();
      ConsumerRecord<String, byte[]> event = probe.await(r -> id.equals(r.key())
          && "booking.rescheduled.v1".equals(TopicProbe.header(r, "ce_type")), Duration.ofSeconds(20));
      assertThat(new String(event.value(), StandardCharsets.UTF_8)).contains(s1.toString()).contains(s2.toString());
    }

    Api.Response retried = api.post("/api/v1/bookings/" + id + "/reschedule", Map.of("slotStart", s2.toString()));
    assertThat(retried.status()).isEqualTo(200);
    assertThat(text(retried.json(), "slotStart")).isEqualTo(s2.toString());
    assertProblem(api.post("/api/v1/bookings/" + id + "/reschedule", Map.of("slotStart", s3.toString())), 409, "slot-taken");
    Api.Response still = api.get("/api/v1/bookings/" + id);
    assertThat(text(still.json(), "slotStart")).isEqualTo(s2.toString());
    assertThat(text(still.json(), "status")).isEqualTo("CONFIRMED");
    assertThat(mongo.findById(counselor + "|" + s2, Document.class, "slot_claims").getString("bookingId")).isEqualTo(id);
    JsonNode mine = net.asClient(client).get("/api/v1/bookings").json();
    assertThat(mine.get("total").asInt()).isEqualTo(1);
    assertThat(net.clientDoc(client).getList("schedule", Document.class)).hasSize(1);
    // the freed first slot can be booked again by someone else
    assertThat(book(api, rival, counselor, s1, "rival-s1").status()).isEqualTo(201);
  }

  @Test
  void interruptionsOverTheThresholdGrantExactlyOneMakeUpSession() {
    String counselor = net.verifiedCounselor(clinic);
    String client = net.consentingClient(partner);
    Instant slot = hourSlot(clock.instant(), 2);
    String id = bookOk(client, counselor, slot);
    Api partnerApi = net.asPartner(partner);
    assertThat(partnerApi.get("/api/v1/clients/" + client + "/entitlements").json().get("freeSessionsRemaining").asInt())
        .isZero();
    Api counselorApi = net.asCounselor(counselor, clinic);
    clock.advanceTo(slot.plus(Duration.ofMinutes(1)));
    assertThat(counselorApi.post("/api/v1/bookings/" + id + "/start", Map.of()).status()).isEqualTo(200);
    clock.advanceTo(slot.plus(Duration.ofMinutes(45)));
    try (TopicProbe probe = TopicProbe.on(Topics.BOOKING)) {
      Map<String, Object> first = interruption(slot, 5, 11, "CLIENT_NETWORK");
      Map<String, Object> second = interruption(slot, 20, 25, "PLATFORM");
      Map<String, Object> third = interruption(slot, 30, 42, "COUNSELOR_NETWORK");
      assertThat(partnerApi.post("/api/v1/bookings/" + id + "/interruptions", first).json().get("makeUpGranted").asBoolean()).isFalse();
      assertThat(counselorApi.post("/api/v1/bookings/" + id + "/interruptions", second).json().get("makeUpGranted").asBoolean()).isTrue();
      counselorApi.post("/api/v1/bookings/" + id + "/interruptions", third);
      counselorApi.post("/api/v1/bookings/" + id + "/interruptions", second);
      assertThat(partnerApi.get("/api/v1/clients/" + client + "/entitlements").json().get("makeUpSessionsRemaining").asInt())
          .isEqualTo(1);
      java.util.function.Predicate<ConsumerRecord<String, byte[]>> interrupted = r -> id.equals(r.key())
          && "session.interrupted.v1".equals(TopicProbe.header(r, "ce_type"));
      await().atMost(Duration.ofSeconds(20)).until(() -> probe.records().stream().filter(interrupted).count() >= 3);
      List<ConsumerRecord<String, byte[]>> events = probe.drain(interrupted, Duration.ofSeconds(1));
      assertThat(events).hasSize(3);
      assertThat(events).filteredOn(r -> new String(r.value(), StandardCharsets.UTF_8).contains("\"makeUpGranted\":true")).hasSize(1);
    }
    assertThat(counselorApi.post("/api/v1/bookings/" + id + "/complete", Map.of()).status()).isEqualTo(200);
    // the make-up session pays for the next booking
    Api.Response next = book(partnerApi, client, counselor, hourSlot(clock.instant(), 3), "next-after-makeup");
    assertThat(text(next.json(), "entitlement")).isEqualTo("MAKE_UP");
  }

  static Map<String, Object> interruption(Instant slot, int fromMinute, int toMinute, String cause) {
    return Map.of("startedAt", slot.plus(Duration.ofMinutes(fromMinute)).toString(),
        "endedAt", slot.plus(Duration.ofMinutes(toMinute)).toString(), "cause", cause);
  }

  @Test
  void partnerACannotBookReadOrCancelForPartnerBsClient() {
    String counselor = net.verifiedCounselor(clinic);
    String partnerB = Network.id("partner");
    String clientOfB = net.consentingClient(partnerB);
    Instant slot = hourSlot(clock.instant(), 6);
    Api a = net.asPartner(partner);
    assertProblem(book(a, clientOfB, counselor, slot, "steal"), 404, "client-not-found");
    Api.Response created = book(net.asPartner(partnerB), clientOfB, counselor, slot, "own");
    String id = text(created.json(), "id");
    assertProblem(a.get("/api/v1/bookings/" + id), 404, "booking-not-found");
    assertProblem(a.post("/api/v1/bookings/" + id + "/cancel", Map.of()), 404, "booking-not-found");
    assertProblem(a.get("/api/v1/clients/" + clientOfB + "/entitlements"), 404, "client-not-found");
    assertThat(a.get("/api/v1/bookings").json().get("items")).isEmpty();
    assertProblem(net.asClient(Network.id("client")).get("/api/v1/bookings/" + id), 404, "booking-not-found");
    assertThat(net.asPartner(partnerB).get("/api/v1/bookings/" + id).status()).isEqualTo(200);
    assertThat(net.asCounselor(counselor, clinic).get("/api/v1/bookings/" + id).status()).isEqualTo(200);
    assertThat(net.asClinicAdmin(clinic).get("/api/v1/bookings/" + id).status()).isEqualTo(200);
    assertProblem(net.asClinicAdmin(Network.id("clinic")).get("/api/v1/bookings/" + id), 404, "booking-not-found");
  }

  @Test
  void aClientCannotSetTheStatusAndCancellingEarlyGivesTheFreeSessionBack() {
    String counselor = net.verifiedCounselor(clinic);
    String client = net.consentingClient(partner);
    Instant slot = hourSlot(clock.instant(), 48);
    Map<String, Object> sneaky = new HashMap<>(booking(client, counselor, slot));
    sneaky.put("status", "COMPLETED");
    sneaky.put("entitlement", "MAKE_UP");
    Api clientApi = net.asClient(client);
    Api.Response r = clientApi.with("Idempotency-Key", "sneaky").post("/api/v1/bookings", sneaky);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(text(r.json(), "status")).isEqualTo("CONFIRMED");
    assertThat(text(r.json(), "entitlement")).isEqualTo("FREE_FIRST");
    String id = text(r.json(), "id");
    assertProblem(clientApi.post("/api/v1/bookings/" + id + "/start", Map.of()), 403, "action-not-allowed");

    try (TopicProbe probe = TopicProbe.on(Topics.BOOKING)) {
      Api.Response cancelled = clientApi.post("/api/v1/bookings/" + id + "/cancel", Map.of("reasonCode", "CLIENT_REQUEST"));
      assertThat(cancelled.status()).isEqualTo(200);
      assertThat(cancelled.json().get("cancellation").get("late").asBoolean()).isFalse();
      assertThat(cancelled.json().get("cancellation").get("by").asString()).isEqualTo("CLIENT");
      probe.await(e -> id.equals(e.key()) && "booking.cancelled.v1".equals(TopicProbe.header(e, "ce_type")), Duration.ofSeconds(20));
    }
    assertProblem(clientApi.post("/api/v1/bookings/" + id + "/cancel", Map.of()), 409, "illegal-transition");
    assertThat(clientApi.get("/api/v1/clients/" + client + "/entitlements").json().get("freeSessionsRemaining").asInt()).isEqualTo(1);
    assertThat(mongo.findById(counselor + "|" + slot, Document.class, "slot_claims")).isNull();
  }

  @Test
  void aNoShowIsPublishedWithTheIdsCrisisNeeds() {
    String counselor = net.verifiedCounselor(clinic);
    String client = net.consentingClient(partner);
    Instant slot = hourSlot(clock.instant(), 1);
    String id = bookOk(client, counselor, slot);
    Api counselorApi = net.asCounselor(counselor, clinic);
    assertProblem(counselorApi.post("/api/v1/bookings/" + id + "/no-show", Map.of()), 409, "no-show-too-early");
    clock.advanceTo(slot.plus(Duration.ofMinutes(20)));
    try (TopicProbe probe = TopicProbe.on(Topics.BOOKING)) {
      assertThat(counselorApi.post("/api/v1/bookings/" + id + "/no-show", Map.of()).status()).isEqualTo(200);
      ConsumerRecord<String, byte[]> e = probe.await(r -> id.equals(r.key())
          && "booking.no_show.v1".equals(TopicProbe.header(r, "ce_type")), Duration.ofSeconds(20));
      String json = new String(e.value(), StandardCharsets.UTF_8);
      assertThat(json).contains(client).contains(counselor).contains(partner).contains(slot.toString());
    }
    assertThat(net.clientDoc(client).getList("schedule", Document.class)).isEmpty();
  }

  @Test
  void listsArePaginatedAndScopedToTheCaller() {
    String counselor = net.verifiedCounselor(clinic);
    String client = net.consentingClient(partner);
    for (int i = 0; i < 3; i++) {
      bookOk(client, counselor, hourSlot(clock.instant(), 10 + i));
    }
    JsonNode page = net.asClient(client).get("/api/v1/bookings?page=0&size=2").json();
    assertThat(page.get("items")).hasSize(2);
    assertThat(page.get("total").asInt()).isEqualTo(3);
    assertThat(net.asClient(client).get("/api/v1/bookings?page=1&size=2").json().get("items")).hasSize(1);
    assertProblem(net.asClient(client).get("/api/v1/bookings?size=1000"), 400, "invalid-page");
    assertThat(net.asCounselor(counselor, clinic).get("/api/v1/bookings").json().get("total").asInt()).isEqualTo(3);
  }

  @Test
  void aFullWeekRefusesWithCapacityReached() {
    String counselor = net.verifiedCounselor(clinic);
    String client = net.consentingClient(partner);
    Instant slot = hourSlot(clock.instant(), 60);
    java.time.LocalDate day = slot.atZone(java.time.ZoneOffset.UTC).toLocalDate();
    String week = day.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR) + "-W"
        + day.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    mongo.updateFirst(Query.query(Criteria.where("_id").is(counselor)),
        new org.springframework.data.mongodb.core.query.Update().set("weekCounts." + week, 30), "counselors");
    assertProblem(book(net.asPartner(partner), client, counselor, slot, "full-week"), 409, "counselor-capacity-reached");
    // nothing is left behind: the slot and the client's time are free again
    assertThat(mongo.findById(counselor + "|" + slot, Document.class, "slot_claims")).isNull();
    assertThat(net.clientDoc(client).getList("schedule", Document.class)).isEmpty();
    assertThat(net.asPartner(partner).get("/api/v1/clients/" + client + "/entitlements").json()
        .get("freeSessionsRemaining").asInt()).isEqualTo(1);
  }

  @Test
  void aLateCancellationByTheClientKeepsTheFreeSessionUsed() {
    String counselor = net.verifiedCounselor(clinic);
    String client = net.consentingClient(partner);
    Instant slot = hourSlot(clock.instant(), 2);
    String id = bookOk(client, counselor, slot);
    Api.Response cancelled = net.asPartner(partner).post("/api/v1/bookings/" + id + "/cancel", Map.of("reasonCode", "CLIENT_REQUEST"));
    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.json().get("cancellation").get("late").asBoolean()).isTrue();
    assertThat(cancelled.json().get("cancellation").get("by").asString()).isEqualTo("PARTNER");
    assertThat(net.asPartner(partner).get("/api/v1/clients/" + client + "/entitlements").json()
        .get("freeSessionsRemaining").asInt()).isZero();
  }

  @Test
  void interruptionsAreCountedByCauseAndPartnerForOps() {
    String counselor = net.verifiedCounselor(clinic);
    String client = net.consentingClient(partner);
    Instant slot = hourSlot(clock.instant(), 2);
    String id = bookOk(client, counselor, slot);
    Api counselorApi = net.asCounselor(counselor, clinic);
    clock.advanceTo(slot);
    assertThat(counselorApi.post("/api/v1/bookings/" + id + "/start", Map.of()).status()).isEqualTo(200);
    clock.advanceTo(slot.plus(Duration.ofMinutes(30)));
    assertThat(counselorApi.post("/api/v1/bookings/" + id + "/interruptions", interruption(slot, 3, 5, "PLATFORM")).status())
        .isEqualTo(200);
    String metrics = Api.local(port).get("/actuator/prometheus").body();
    assertThat(metrics).containsPattern("xinqiao_booking_interruptions_total\\{[^}]*cause=\"PLATFORM\"[^}]*partner=\"" + partner + "\"");
    assertThat(metrics).doesNotContain(client);
  }
}
