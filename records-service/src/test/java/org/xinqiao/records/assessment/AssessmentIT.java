package org.xinqiao.records.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.xinqiao.contracts.Topics;
import org.xinqiao.records.support.Journeys;
import org.xinqiao.testkit.http.Api;
import org.xinqiao.testkit.kafka.TopicProbe;
import org.xinqiao.testkit.spring.XinqiaoIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Screening through the API: anonymous scoring stores nothing; stored scores need consent and publish no answers. */
@XinqiaoIntegrationTest
class AssessmentIT {

  static final List<Integer> PHQ9_WITH_ITEM9 = List.of(2, 2, 2, 2, 2, 2, 2, 1, 1);

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
  void anonymousScoringAnswersAndStoresNothing() {
    long assessments = mongo.getCollection("assessments").countDocuments();
    long audit = mongo.getCollection("audit").countDocuments();
    Api.Response r = journeys.partner("partner-a").post("/api/v1/assessments/score",
        Map.of("instrument", "GAD7", "answers", List.of(3, 3, 3, 3, 3, 0, 0)));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().get("total").asInt()).isEqualTo(15);
    assertThat(r.json().get("band").stringValue()).isEqualTo("severe");
    assertThat(mongo.getCollection("assessments").countDocuments()).isEqualTo(assessments);
    assertThat(mongo.getCollection("audit").countDocuments()).isEqualTo(audit);
  }

  @Test
  void invalidAnswersAre422NamingTheItems() {
    Api.Response r = journeys.partner("partner-a").post("/api/v1/assessments/score",
        Map.of("instrument", "PHQ9", "answers", List.of(0, 0, 0, 0, 7, 0, 0, 0, 0)));
    assertThat(r.status()).as(r.toString()).isEqualTo(422);
    assertThat(r.json().get("code").stringValue()).isEqualTo("invalid-answers");
    assertThat(r.json().get("items").get(0).stringValue()).isEqualTo("item5");
  }

  @Test
  void storingNeedsTheHealthDataConsent() {
    String client = journeys.register("partner-a");
    Api.Response r = journeys.client(client).post("/api/v1/assessments",
        Map.of("clientId", client, "instrument", "PHQ9", "answers", PHQ9_WITH_ITEM9));
    assertThat(r.status()).as(r.toString()).isEqualTo(409);
    assertThat(r.json().get("code").stringValue()).isEqualTo("health-data-consent-required");
  }

  @Test
  void aStoredScoreWithItemNinePublishesTheRiskFlagButNeverTheAnswers() {
    String client = journeys.register("partner-a");
    assertThat(journeys.grant(journeys.client(client), client, "HEALTH_DATA", null).status()).isEqualTo(201);
    try (TopicProbe probe = TopicProbe.on(Topics.RECORDS)) {
      Api.Response r = journeys.client(client).post("/api/v1/assessments",
          Map.of("clientId", client, "instrument", "PHQ9", "answers", PHQ9_WITH_ITEM9));
      assertThat(r.status()).as(r.toString()).isEqualTo(201);
      String id = r.json().get("id").stringValue();
      ConsumerRecord<String, byte[]> record = probe.await(x -> id.equals(x.key()), Duration.ofSeconds(30));
      assertThat(Journeys.type(record)).isEqualTo("assessment.scored.v1");
      JsonNode data = Journeys.data(record);
      assertThat(data.get("total").asInt()).isEqualTo(16);
      assertThat(data.get("band").stringValue()).isEqualTo("moderately_severe");
      assertThat(data.get("riskLevel").stringValue()).isEqualTo("MODERATE");
      assertThat(data.get("riskFlags").get(0).stringValue()).isEqualTo("PHQ9_ITEM9_POSITIVE");
      assertThat(data.get("provinceCode").stringValue()).isEqualTo("540000");
      assertThat(data.has("answers")).isFalse();
      assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("[2,2,2").doesNotContain("answers");

      Document raw = mongo.getCollection("assessments").find(new Document("_id", id)).first();
      assertThat(raw.toJson()).doesNotContain("[2, 2, 2").doesNotContain("[2,2,2");
      assertThat(raw.getString("answersCiphertext")).matches("[A-Za-z0-9+/=]{30,}");
    }
  }

  @Test
  void aCssrsHighScreenIsStoredWithItsLevel() {
    String client = journeys.register("partner-a");
    journeys.grant(journeys.partner("partner-a"), client, "HEALTH_DATA", null);
    Api.Response r = journeys.partner("partner-a").post("/api/v1/assessments", Map.of("clientId", client,
        "instrument", "CSSRS_SCREEN", "cssrs", Map.of("wishToBeDead", true, "suicidalThoughts", true,
            "thoughtsOfMethod", true, "intent", true, "planWithIntent", false, "suicidalBehaviour", false)));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(r.json().get("riskLevel").stringValue()).isEqualTo("HIGH");
    assertThat(r.json().has("total")).isFalse();
    JsonNode list = journeys.client(client).get("/api/v1/assessments?clientId=" + client).json();
    assertThat(list.get("total").asLong()).isEqualTo(1);
    assertThat(journeys.partner("partner-b").get("/api/v1/assessments?clientId=" + client).status()).isEqualTo(403);
  }
}
