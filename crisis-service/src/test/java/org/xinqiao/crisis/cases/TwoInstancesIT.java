package org.xinqiao.crisis.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.xinqiao.crisis.CrisisServiceApplication;
import org.xinqiao.crisis.cases.timer.EscalationTimer;
import org.xinqiao.crisis.support.CrisisIntegrationTest;
import org.xinqiao.crisis.support.Events;
import org.xinqiao.crisis.support.Tokens;
import org.xinqiao.testkit.http.Api;
import org.xinqiao.testkit.kafka.TopicProbe;
import org.xinqiao.testkit.support.ShiftableClock;

/**
 * A second crisis-service instance (a whole Spring context) on the same database and broker: it
 * fires a deadline that passed while no timer ran, and with both instances running every hop is
 * paged once.
 */
@CrisisIntegrationTest
class TwoInstancesIT {

  static final Duration TIBET_IMMINENT = Duration.ofSeconds(45);

  @LocalServerPort
  int port;

  @Autowired
  ShiftableClock clock;

  @Autowired
  EscalationTimer timer;

  @Autowired
  Environment env;

  ConfigurableApplicationContext second;

  @AfterEach
  void stopSecond() {
    timer.start();
    if (second != null) {
      second.close();
    }
  }

  ConfigurableApplicationContext startSecondInstance() {
    String[] args = {
        "--spring.mongodb.uri=" + env.getProperty("spring.mongodb.uri"),
        "--spring.mongodb.database=" + env.getProperty("spring.mongodb.database"),
        "--management.health.mongodb.enabled=false",
        "--spring.kafka.bootstrap-servers=" + env.getProperty("spring.kafka.bootstrap-servers"),
        "--spring.kafka.consumer.group-id=" + env.getProperty("spring.kafka.consumer.group-id"),
        "--xinqiao.security.issuer-uri=" + env.getProperty("xinqiao.security.issuer-uri"),
        "--xinqiao.security.jwk-set-uri=" + env.getProperty("xinqiao.security.jwk-set-uri"),
        "--server.port=0"};
    return new SpringApplicationBuilder(CrisisServiceApplication.class)
        .initializers(ctx -> ctx.getBeanFactory().registerSingleton("shiftableClock", clock))
        .run(args);
  }

  @Test
  void aSecondInstanceFiresAMissedDeadlineOnStartAndBothTogetherPageEachHopOnce() {
    try (TopicProbe probe = TopicProbe.on(Events.TOPICS)) {
      timer.stop();
      Api.Response r = new Tokens(port).client(UUID.randomUUID().toString())
          .post("/api/v1/crisis/signals", Events.signal(true, "540000"));
      String caseId = r.json().get("caseId").stringValue();
      probe.await(Events.of(caseId, Events.OPENED), Duration.ofSeconds(20));
      clock.advance(TIBET_IMMINENT.plusSeconds(5));
      assertThat(probe.drain(Events.of(caseId, Events.ESCALATED), Duration.ofMillis(500)))
          .as("no timer runs, nothing fires").isEmpty();

      second = startSecondInstance();
      probe.await(r2 -> Events.of(caseId, Events.ESCALATED).test(r2) && Events.data(r2).get("tier").asInt() == 2,
          Duration.ofSeconds(10));

      timer.start();
      for (int tier = 3; tier <= 5; tier++) {
        clock.advance(TIBET_IMMINENT);
        int expected = tier;
        probe.await(r2 -> Events.of(caseId, Events.ESCALATED).test(r2) && Events.data(r2).get("tier").asInt() == expected,
            Duration.ofSeconds(10));
      }
      List<ConsumerRecord<String, byte[]>> escalated = probe.drain(Events.of(caseId, Events.ESCALATED), Duration.ofSeconds(1));
      assertThat(escalated.stream().map(e -> TopicProbe.header(e, "ce_id")).distinct()
          .map(id -> escalated.stream().filter(e -> id.equals(TopicProbe.header(e, "ce_id"))).findFirst().orElseThrow())
          .map(e -> Events.data(e).get("tier").asInt()).toList())
          .as("one escalation per hop, in order, across both instances").containsExactly(2, 3, 4, 5);
      assertThat(probe.drain(Events.of(caseId, Events.PAGE), Duration.ofMillis(200)).stream()
          .map(e -> TopicProbe.header(e, "ce_id")).distinct().count()).as("one page per tier").isEqualTo(5);
    }
  }
}
