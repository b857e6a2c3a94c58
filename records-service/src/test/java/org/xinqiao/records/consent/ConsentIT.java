package org.xinqiao.records.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.xinqiao.contracts.Topics;
import org.xinqiao.records.support.Journeys;
import org.xinqiao.testkit.http.Api;
import org.xinqiao.testkit.kafka.TopicProbe;
import org.xinqiao.testkit.spring.XinqiaoIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Consent that is understood: documents without answers, the comprehension check, grant, withdrawal, events. */
@XinqiaoIntegrationTest
class ConsentIT {

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
  void theCurrentDocumentShowsTextAndQuestionsButNotTheAnswers() {
    Api.Response r = journeys.partner("partner-a").get("/api/v1/consents/documents/current?modality=ASYNC_MESSAGE");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().get("modality").stringValue()).isEqualTo("ASYNC_MESSAGE");
    assertThat(r.json().get("questions").size()).isGreaterThanOrEqualTo(3);
    assertThat(r.body()).doesNotContain("correctOption");
    assertThat(journeys.partner("partner-a").get("/api/v1/consents/documents/current?kind=HEALTH_DATA").json()
        .get("kind").stringValue()).isEqualTo("HEALTH_DATA");
  }

  @Test
  void wrongComprehensionAnswersGive422NamingTheItemsAndGrantNothing() {
    String client = journeys.register("partner-a");
    Map<String, String> answers = new HashMap<>(Journeys.rightAnswers("SERVICE", "VIDEO"));
    answers.put("q-confidentiality", "a");
    Api.Response r = journeys.client(client).post("/api/v1/consents", Map.of("clientId", client, "kind", "SERVICE",
        "modality", "VIDEO", "documentVersion", "2025.1", "answers", answers));
    assertThat(r.status()).as(r.toString()).isEqualTo(422);
    assertThat(r.json().get("code").stringValue()).isEqualTo("comprehension-check-failed");
    assertThat(r.json().get("items").valueStream().map(JsonNode::stringValue)).containsExactly("q-confidentiality");
    assertThat(mongo.count(Query.query(Criteria.where("clientId").is(client)), "consents")).isZero();
  }

  @Test
  void grantAndWithdrawArePublishedAndTheConsentStopsCounting() {
    String client = journeys.register("partner-a");
    try (TopicProbe probe = TopicProbe.on(Topics.RECORDS)) {
      Api.Response granted = journeys.grant(journeys.client(client), client, "SERVICE", "CHAT");
      assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
      String consentId = granted.json().get("id").stringValue();
      assertThat(granted.json().get("valid").booleanValue()).isTrue();
      JsonNode event = Journeys.data(probe.await(r -> consentId.equals(r.key())
          && "consent.granted.v1".equals(Journeys.type(r)), Duration.ofSeconds(30)));
      assertThat(event.get("modality").stringValue()).isEqualTo("CHAT");
      assertThat(event.get("documentVersion").stringValue()).isEqualTo("2025.1");

      assertThat(journeys.grant(journeys.partner("partner-a"), client, "SERVICE", "CHAT").json().get("code")
          .stringValue()).isEqualTo("consent-already-active");

      Api.Response withdrawn = journeys.partner("partner-a").post("/api/v1/consents/" + consentId + "/withdraw", Map.of());
      assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
      assertThat(withdrawn.json().get("valid").booleanValue()).isFalse();
      ConsumerRecord<String, byte[]> out = probe.await(r -> consentId.equals(r.key())
          && "consent.withdrawn.v1".equals(Journeys.type(r)), Duration.ofSeconds(30));
      assertThat(Journeys.data(out).get("kind").stringValue()).isEqualTo("SERVICE");
      assertThat(journeys.client(client).post("/api/v1/consents/" + consentId + "/withdraw", Map.of()).status())
          .isEqualTo(409);
      assertThat(journeys.grant(journeys.client(client), client, "SERVICE", "CHAT").status()).isEqualTo(201);
    }
  }

  @Test
  void anotherPartnerCannotGrantOrWithdrawForAClient() {
    String client = journeys.register("partner-a");
    Api.Response r = journeys.grant(journeys.partner("partner-b"), client, "HEALTH_DATA", null);
    assertThat(r.status()).as(r.toString()).isEqualTo(403);
    String consentId = journeys.grant(journeys.client(client), client, "HEALTH_DATA", null).json().get("id").stringValue();
    assertThat(journeys.partner("partner-b").post("/api/v1/consents/" + consentId + "/withdraw", Map.of()).status())
        .isEqualTo(403);
    assertThat(journeys.partner("partner-b").get("/api/v1/consents?clientId=" + client).status()).isEqualTo(403);
    assertThat(journeys.partner("partner-a").get("/api/v1/consents?clientId=" + client).json()).hasSize(1);
  }

  @Test
  void anOutdatedDocumentVersionIsAConflict() {
    String client = journeys.register("partner-a");
    Api.Response r = journeys.client(client).post("/api/v1/consents", Map.of("clientId", client, "kind", "SUPERVISION",
        "documentVersion", "2019.1", "answers", Journeys.rightAnswers("SUPERVISION", null)));
    assertThat(r.status()).as(r.toString()).isEqualTo(409);
    assertThat(r.json().get("code").stringValue()).isEqualTo("consent-document-outdated");
  }
}
