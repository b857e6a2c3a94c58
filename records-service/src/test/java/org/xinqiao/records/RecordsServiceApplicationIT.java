package org.xinqiao.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinqiao.testkit.http.Api;
import org.xinqiao.testkit.jwt.TestJwtIssuer;
import org.xinqiao.testkit.spring.XinqiaoIntegrationTest;

/** The service starts on real infrastructure and shows ops its health, metrics and API document. */
@XinqiaoIntegrationTest
class RecordsServiceApplicationIT {

  @LocalServerPort
  int port;

  @Test
  void startsHealthyWithMetricsAndAnOpenApiDocument() {
    assertThat(Api.local(port).get("/actuator/health").status()).isEqualTo(200);
    assertThat(Api.local(port).get("/actuator/prometheus").body()).contains("application=\"records-service\"");
    assertThat(Api.local(port).get("/v3/api-docs").json().get("openapi").stringValue()).startsWith("3.");
  }

  @Test
  void theApiDocumentListsEveryRecordsEndpoint() {
    var paths = Api.local(port).get("/v3/api-docs").json().get("paths");
    for (String path : new String[] {"/api/v1/clients", "/api/v1/clients/{id}", "/api/v1/clients/{id}/export",
        "/api/v1/clients/{id}/emergency-contact", "/api/v1/consents", "/api/v1/consents/documents/current",
        "/api/v1/consents/{id}/withdraw", "/api/v1/assessments", "/api/v1/assessments/score", "/api/v1/records/notes",
        "/api/v1/records/notes/{id}", "/api/v1/records/notes/{id}/revisions", "/api/v1/audit", "/api/v1/audit/verify"}) {
      assertThat(paths.has(path)).as(path).isTrue();
    }
    assertThat(paths.has("/api/v1/clients/{id}/entitlements")).isFalse();
  }

  @Test
  void opsSeeRecordsMetricsTaggedWithTheApplication() {
    Api.local(port).as(TestJwtIssuer.shared().token("p", "partner").claim("partner_id", "metrics-partner").sign())
        .post("/api/v1/assessments/score", java.util.Map.of("instrument", "GAD7", "answers", java.util.List.of(0, 0, 0, 0, 0, 0, 0)));
    String prometheus = Api.local(port).get("/actuator/prometheus").body();
    assertThat(prometheus).contains("xinqiao_records_assessments_scored_total{").contains("instrument=\"GAD7\"");
  }

  @Test
  void answersUnknownPathsAndMissingTokensWithProblemDetails() {
    Api.Response anonymous = Api.local(port).get("/api/v1/no-such-thing");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.isProblem()).isTrue();
    Api.Response unknown = Api.local(port).as(TestJwtIssuer.shared().token("ops-1", "ops").sign()).get("/api/v1/no-such-thing");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.isProblem()).isTrue();
  }
}
