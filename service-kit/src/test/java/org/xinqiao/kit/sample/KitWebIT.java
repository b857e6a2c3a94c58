package org.xinqiao.kit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinqiao.testkit.http.Api;
import org.xinqiao.testkit.jwt.TestJwtIssuer;
import org.xinqiao.testkit.spring.XinqiaoIntegrationTest;
import tools.jackson.databind.JsonNode;

/** What every service answers at its edge: token checks and problem details, with a real key set. */
@XinqiaoIntegrationTest
class KitWebIT {

  @LocalServerPort
  int port;

  final TestJwtIssuer issuer = TestJwtIssuer.shared();

  Api partner() {
    return Api.local(port).as(issuer.token("svc-partner", "partner").claim("partner_id", "partner-a").sign());
  }

  @Test
  void aValidTokenWithTheRightRoleIsServed() {
    Api.Response created = partner().post("/api/v1/tickets", Map.of("title", "first"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().get("openedBy").stringValue()).isEqualTo("partner-a");
  }

  @Test
  void missingTokenIs401ProblemWithBearerChallenge() {
    Api.Response r = Api.local(port).get("/api/v1/tickets/x");
    assertProblem(r, 401, "unauthenticated");
    assertThat(r.header("WWW-Authenticate")).startsWith("Bearer");
  }

  @Test
  void tokensWithWrongAudienceExpiryOrSignatureAre401() {
    String wrongAudience = issuer.token("u", "partner").audience("someone-else").sign();
    String expired = issuer.token("u", "partner").issuedAt(Instant.now().minus(Duration.ofHours(1)), Duration.ofMinutes(5)).sign();
    String valid = issuer.token("u", "partner").sign();
    String[] parts = valid.split("\\.");
    String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
        "{\"sub\":\"u\",\"realm_access\":{\"roles\":[\"ops\"]}}".getBytes()) + "." + parts[2];
    String algNone = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes())
        + "." + parts[1] + ".";
    for (String token : new String[] {wrongAudience, expired, tampered, algNone}) {
      assertProblem(Api.local(port).as(token).get("/api/v1/tickets/x"), 401, "unauthenticated");
    }
  }

  @Test
  void wrongRoleIs403Problem() {
    Api counselor = Api.local(port).as(issuer.token("c1", "counselor").sign());
    assertProblem(counselor.post("/api/v1/tickets", Map.of("title", "t")), 403, "forbidden");
  }

  @Test
  void unknownPathIs404Problem() {
    assertProblem(partner().get("/api/v1/nothing-here"), 404, "not-found");
  }

  @Test
  void domainRefusalBecomesItsOwnProblemType() {
    assertProblem(partner().get("/api/v1/tickets/missing"), 404, "ticket-not-found");
  }

  @Test
  void badJsonIs400Problem() {
    assertProblem(partner().send("POST", "/api/v1/tickets", "{not json", "application/json"), 400, "malformed-request");
  }

  @Test
  void validationFailureNamesTheField() {
    Api.Response r = partner().post("/api/v1/tickets", Map.of("title", ""));
    assertProblem(r, 400, "invalid-request");
    assertThat(r.json().get("errors").get(0).get("field").stringValue()).isEqualTo("title");
  }

  @Test
  void oversizedBodyIs413Problem() {
    String big = "{\"title\":\"" + "x".repeat(4096) + "\"}";
    assertProblem(partner().send("POST", "/api/v1/tickets", big, "application/json"), 413, "payload-too-large");
  }

  @Test
  void wrongMediaTypeIs415AndWrongMethodIs405() {
    assertProblem(partner().send("POST", "/api/v1/tickets", "title=x", "text/plain"), 415, "unsupported-media-type");
    assertProblem(partner().send("DELETE", "/api/v1/tickets/x", null, null), 405, "method-not-allowed");
  }

  @Test
  void unexpectedErrorIs500WithoutStackTraceOrData() {
    Api.Response r = partner().get("/api/v1/boom");
    assertProblem(r, 500, "internal-error");
    assertThat(r.body()).doesNotContain("IllegalStateException").doesNotContain("13812345678").doesNotContain("at org.");
    assertThat(r.json().has("traceId")).isTrue();
  }

  @Test
  void correlationIdIsEchoedOrCreated() {
    assertThat(partner().with("X-Correlation-Id", "abc-123").get("/api/v1/tickets/x").header("X-Correlation-Id"))
        .isEqualTo("abc-123");
    assertThat(partner().with("X-Correlation-Id", "bad value; forged=1").get("/api/v1/tickets/x").header("X-Correlation-Id"))
        .matches("[0-9a-f-]{36}");
  }

  @Test
  void healthAndPrometheusAreOpenAndTheKeySetIsCached() {
    assertThat(Api.local(port).get("/actuator/health").status()).isEqualTo(200);
    Api.Response prometheus = Api.local(port).get("/actuator/prometheus");
    assertThat(prometheus.status()).isEqualTo(200);
    assertThat(prometheus.body()).contains("application=\"sample-service\"");
    for (int i = 0; i < 20; i++) {
      partner().get("/api/v1/tickets/x");
    }
    assertThat(issuer.jwksRequests()).isLessThanOrEqualTo(2);
  }

  static void assertProblem(Api.Response r, int status, String code) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.isProblem()).as("content type of " + r).isTrue();
    JsonNode body = r.json();
    assertThat(body.get("type").stringValue()).isEqualTo("https://xinqiao.org/problems/" + code);
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("code").stringValue()).isEqualTo(code);
  }
}
