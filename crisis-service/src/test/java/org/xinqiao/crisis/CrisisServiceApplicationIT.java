package org.xinqiao.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinqiao.testkit.http.Api;
import org.xinqiao.testkit.jwt.TestJwtIssuer;
import org.xinqiao.testkit.spring.XinqiaoIntegrationTest;

/** The service starts on real infrastructure and shows ops its health, metrics and API document. */
@XinqiaoIntegrationTest
class CrisisServiceApplicationIT {

  @LocalServerPort
  int port;

  @Test
  void startsHealthyWithMetricsAndAnOpenApiDocument() {
    assertThat(Api.local(port).get("/actuator/health").status()).isEqualTo(200);
    assertThat(Api.local(port).get("/actuator/prometheus").body()).contains("application=\"crisis-service\"");
    var apiDocs = Api.local(port).get("/v3/api-docs").json();
    assertThat(apiDocs.get("openapi").stringValue()).startsWith("3.");
    assertThat(apiDocs.get("paths").propertyNames()).contains("/api/v1/crisis/signals", "/api/v1/crisis/cases",
        "/api/v1/crisis/cases/{id}", "/api/v1/crisis/cases/{id}/acknowledge", "/api/v1/crisis/cases/{id}/contact-attempts",
        "/api/v1/crisis/cases/{id}/resolve", "/api/v1/crisis/cases/{id}/timeline", "/api/v1/crisis/rosters/{regionCode}");
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
