package org.xinqiao.kit.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.xinqiao.kit.messaging.DeadLetters;
import org.xinqiao.kit.outbox.OutboxRelay;
import org.xinqiao.testkit.http.Api;
import org.xinqiao.testkit.jwt.TestJwtIssuer;
import org.xinqiao.testkit.kafka.KafkaBroker;
import org.xinqiao.testkit.kafka.TopicProbe;
import org.xinqiao.testkit.spring.XinqiaoIntegrationTest;

/**
 * The outbox and the consumer side on a real broker and the MongoDB wire server: nothing is lost
 * while Kafka is down, a relay crash duplicates rather than drops and the consumer absorbs the
 * duplicate, and poison records go to the dead letter topic while consumption goes on.
 */
@XinqiaoIntegrationTest
@Import(OutboxIT.CrashOnce.class)
class OutboxIT {

  @LocalServerPort
  int port;

  @Autowired
  MongoTemplate mongo;

  @Autowired
  CrashOnce crash;

  @AfterEach
  void brokerBack() {
    KafkaBroker.shared().start();
  }

  @TestConfiguration
  static class CrashOnce {
    final AtomicBoolean armed = new AtomicBoolean();

    @Bean
    OutboxRelay.Listener crashAfterPublishing() {
      return (collection, id, events) -> {
        if (armed.compareAndSet(true, false)) {
          throw new IllegalStateException("relay died after Kafka acknowledged and before marking sent");
        }
      };
    }
  }

  Api partner() {
    return Api.local(port).as(TestJwtIssuer.shared().token("svc", "partner").claim("partner_id", "p").sign());
  }

  String openTicket() {
    Api.Response r = partner().with("X-Correlation-Id", "corr-outbox-1").post("/api/v1/tickets", Map.of("title", "t"));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().get("id").stringValue();
  }

  long tally(String id) {
    Document d = mongo.findById(id, Document.class, "tallies");
    return d == null ? 0 : ((Number) d.get("count")).longValue();
  }

  @Test
  void eventIsPublishedWithCorrelationIdAndTheOutboxEmpties() {
    try (TopicProbe probe = TopicProbe.on(TicketController.TOPIC)) {
      String id = openTicket();
      ConsumerRecord<String, byte[]> record = probe.await(r -> id.equals(r.key()), Duration.ofSeconds(20));
      assertThat(TopicProbe.header(record, "x-correlation-id")).isEqualTo("corr-outbox-1");
      assertThat(TopicProbe.header(record, "ce_type")).isEqualTo("sample.ticket.opened.v1");
      await().atMost(Duration.ofSeconds(10)).until(() -> outbox(id).isEmpty());
      await().atMost(Duration.ofSeconds(20)).until(() -> tally(id) == 1);
    }
  }

  @Test
  void stateChangeIsAcceptedWhileKafkaIsDownAndPublishedWhenItReturns() {
    KafkaBroker.shared().stop();
    String id = openTicket();
    assertThat(outbox(id)).hasSize(1);
    KafkaBroker.shared().start();
    try (TopicProbe probe = TopicProbe.on(TicketController.TOPIC)) {
      probe.await(r -> id.equals(r.key()), Duration.ofSeconds(60));
    }
    await().atMost(Duration.ofSeconds(20)).until(() -> outbox(id).isEmpty());
  }

  @Test
  void relayCrashBetweenPublishAndMarkRepublishesAndTheConsumerIgnoresTheDuplicate() {
    crash.armed.set(true);
    try (TopicProbe probe = TopicProbe.on(TicketController.TOPIC)) {
      String id = openTicket();
      await().atMost(Duration.ofSeconds(30)).until(() -> probe.records().stream().filter(r -> id.equals(r.key())).count() == 2);
      List<ConsumerRecord<String, byte[]>> copies = probe.records().stream().filter(r -> id.equals(r.key())).toList();
      assertThat(TopicProbe.header(copies.get(0), "ce_id")).isEqualTo(TopicProbe.header(copies.get(1), "ce_id"));
      await().atMost(Duration.ofSeconds(20)).until(() -> tally(id) == 1);
      assertThat(outbox(id)).isEmpty();
    }
  }

  @Test
  void aMalformedRecordGoesToTheDeadLetterTopicAndConsumptionContinues() {
    byte[] garbage = "{\"this is\": not an event".getBytes(StandardCharsets.UTF_8);
    try (TopicProbe dlt = TopicProbe.on(TicketController.TOPIC + ".dlt")) {
      TopicProbe.send(TicketController.TOPIC, "poison-1", garbage);
      String id = openTicket();
      ConsumerRecord<String, byte[]> dead = dlt.await(r -> "poison-1".equals(r.key()), Duration.ofSeconds(30));
      assertThat(dead.value()).isEqualTo(garbage);
      assertThat(TopicProbe.header(dead, DeadLetters.REASON_HEADER)).contains("MalformedEventException");
      await().atMost(Duration.ofSeconds(20)).until(() -> tally(id) == 1);
    }
  }

  @Test
  void aRedeliveredEventChangesNothingTwice() {
    try (TopicProbe probe = TopicProbe.on(TicketController.TOPIC)) {
      String id = openTicket();
      ConsumerRecord<String, byte[]> record = probe.await(r -> id.equals(r.key()), Duration.ofSeconds(20));
      await().atMost(Duration.ofSeconds(20)).until(() -> tally(id) == 1);
      TopicProbe.send(TicketController.TOPIC, id, record.value());
      TopicProbe.send(TicketController.TOPIC, id, record.value());
      String later = openTicket();
      await().atMost(Duration.ofSeconds(20)).until(() -> tally(later) == 1);
      assertThat(tally(id)).isEqualTo(1);
    }
  }

  @SuppressWarnings("unchecked")
  List<Object> outbox(String id) {
    Document d = mongo.findById(id, Document.class, "tickets");
    return d == null ? List.of() : (List<Object>) d.get("outbox", List.class);
  }
}
