package org.xinqiao.booking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinqiao.testkit.http.Api;
import org.xinqiao.testkit.jwt.TestJwtIssuer;

/** The service starts on real infrastructure and shows ops its health, metrics and API document. */
@org.xinqiao.booking.it.BookingIntegrationTest
class BookingServiceApplicationIT {

  @LocalServerPort
  int port;

  @Test
  void startsHealthyWithMetricsAndAnOpenApiDocument() {
    assertThat(Api.local(port).get("/actuator/health").status()).isEqualTo(200);
    assertThat(Api.local(port).get("/actuator/prometheus").body()).contains("application=\"booking-service\"");
    var apiDocs = Api.local(port).get("/v3/api-docs").json();
    assertThat(apiDocs.get("openapi").stringValue()).startsWith("3.");
    for (String path : new String[] {"/api/v1/bookings", "/api/v1/bookings/{id}", "/api/v1/bookings/{id}/cancel",
        "/api/v1/bookings/{id}/reschedule", "/api/v1/bookings/{id}/start", "/api/v1/bookings/{id}/complete",
        "/api/v1/bookings/{id}/no-show", "/api/v1/bookings/{id}/interruptions", "/api/v1/counselors/{id}/availability",
        "/api/v1/counselors/{id}/slots", "/api/v1/clients/{id}/entitlements"}) {
      assertThat(apiDocs.get("paths").has(path)).as(path).isTrue();
    }
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
