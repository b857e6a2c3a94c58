package org.xinqiao.records;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.xinqiao.contracts.Topics;
import org.xinqiao.records.support.Journeys;
import org.xinqiao.testkit.http.Api;
import org.xinqiao.testkit.kafka.TopicProbe;
import org.xinqiao.testkit.spring.XinqiaoIntegrationTest;

/**
 * A whole journey (registration, consents, screening with a risk flag, booking, note, crisis case,
 * break-glass, export, erasure) while every log line and every published event is captured: none
 * carries an identity value, an answer or note text.
 */
@XinqiaoIntegrationTest
class PrivacyIT {

  static final String NOTE = "她提到想结束生命的念头";
  static final List<Integer> ANSWERS = List.of(3, 2, 3, 1, 2, 3, 1, 2, 2);

  @LocalServerPort
  int port;

  @Autowired
  MongoTemplate mongo;

  Journeys journeys;
  final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  Logger root;
  Logger ours;
  Level oursBefore;

  @BeforeEach
  void captureLogs() {
    journeys = new Journeys(port, mongo);
    root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ours = (Logger) LoggerFactory.getLogger("org.xinqiao");
    oursBefore = ours.getLevel();
    ours.setLevel(Level.DEBUG);
    logs.start();
    root.addAppender(logs);
  }

  @AfterEach
  void stopCapturing() {
    root.detachAppender(logs);
    ours.setLevel(oursBefore);
  }

  @Test
  void noIdentityAnswersOrNoteTextInAnyLogLineOrEvent() {
    String partnerRef = "ref-" + UUID.randomUUID();
    List<String> secrets = new ArrayList<>(Journeys.IDENTITY_VALUES);
    secrets.add(NOTE);
    secrets.add(partnerRef);
    secrets.add("[3,2,3,1,2,3,1,2,2]");
    secrets.add("3, 2, 3, 1, 2, 3, 1, 2, 2");

    try (TopicProbe events = TopicProbe.on(Topics.RECORDS)) {
      Api partner = journeys.partner("partner-p");
      Api.Response registered = partner.post("/api/v1/clients", Journeys.tibetanTeenager(partnerRef));
      assertThat(registered.status()).isEqualTo(201);
      String client = registered.json().get("id").stringValue();
      Api self = journeys.client(client);
      assertThat(journeys.grant(self, client, "HEALTH_DATA", null).status()).isEqualTo(201);
      Api.Response video = journeys.grant(self, client, "SERVICE", "VIDEO");
      assertThat(video.status()).isEqualTo(201);
      assertThat(self.post("/api/v1/consents/" + video.json().get("id").stringValue() + "/withdraw", Map.of()).status())
          .isEqualTo(200);
      Api.Response scored = self.post("/api/v1/assessments", Map.of("clientId", client, "instrument", "PHQ9",
          "answers", ANSWERS));
      assertThat(scored.status()).isEqualTo(201);
      partner.post("/api/v1/assessments/score", Map.of("instrument", "PHQ9", "answers", ANSWERS));
      self.post("/api/v1/assessments", Map.of("clientId", client, "instrument", "PHQ9", "answers", List.of(9, 9)));

      String booking = "bk-" + UUID.randomUUID();
      journeys.bookingConfirmed(booking, client, "co-privacy");
      journeys.awaitBooking(booking, "ACTIVE");
      assertThat(journeys.counselor("co-privacy").post("/api/v1/records/notes",
          Map.of("clientId", client, "bookingId", booking, "text", NOTE)).status()).isEqualTo(201);
      journeys.counselor("co-other").get("/api/v1/records/notes?clientId=" + client);

      String caseId = "case-" + UUID.randomUUID();
      journeys.caseOpened(caseId, client, "team-privacy");
      journeys.awaitCase(caseId, "OPEN");
      assertThat(journeys.responder("team-privacy").get("/api/v1/clients/" + client + "/emergency-contact").status())
          .isEqualTo(200);
      assertThat(partner.get("/api/v1/clients/" + client + "/export").status()).isEqualTo(200);
      assertThat(partner.delete("/api/v1/clients/" + client).status()).isEqualTo(409);
      journeys.caseResolved(caseId, client);
      journeys.awaitCase(caseId, "RESOLVED");
      assertThat(partner.delete("/api/v1/clients/" + client).status()).isEqualTo(200);

      List<ConsumerRecord<String, byte[]>> published = new ArrayList<>();
      events.await(r -> client.equals(r.key()) && "client.erased.v1".equals(Journeys.type(r)), Duration.ofSeconds(30));
      events.records().stream().filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains(client))
          .forEach(published::add);
      assertThat(published).extracting(Journeys::type).contains("client.registered.v1", "consent.granted.v1",
          "consent.withdrawn.v1", "assessment.scored.v1", "client.erased.v1");
      for (ConsumerRecord<String, byte[]> r : published) {
        String value = new String(r.value(), StandardCharsets.UTF_8);
        secrets.forEach(s -> assertThat(value).as(Journeys.type(r)).doesNotContain(s));
        assertThat(value).doesNotContain("\"answers\"");
        assertThat(org.xinqiao.records.support.EventSchemas.violations(Journeys.type(r), value)).as(Journeys.type(r)).isEmpty();
      }
    }

    assertThat(logs.list).isNotEmpty();
    for (ILoggingEvent line : logs.list) {
      String text = line.getFormattedMessage() + " " + throwableText(line.getThrowableProxy()) + " " + line.getMDCPropertyMap();
      secrets.forEach(s -> assertThat(text).as(line.getLoggerName()).doesNotContain(s));
    }
  }

  static String throwableText(IThrowableProxy t) {
    StringBuilder sb = new StringBuilder();
    while (t != null) {
      sb.append(t.getClassName()).append(": ").append(t.getMessage()).append(' ');
      t = t.getCause();
    }
    return sb.toString();
  }
}
