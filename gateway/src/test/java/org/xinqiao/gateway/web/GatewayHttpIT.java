package org.xinqiao.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinqiao.gateway.support.Problems.assertProblem;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinqiao.gateway.routing.DownstreamService;
import org.xinqiao.gateway.support.GatewayClient.Response;
import org.xinqiao.gateway.support.GatewayIntegrationTest;
import org.xinqiao.testkit.keycloak.DemoUsers;

class GatewayHttpIT extends GatewayIntegrationTest {

  private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";

  @Test
  void anUnknownPathIsA404ProblemCarryingTheTraceId() {
    Response response = gateway.get("/api/v1/nothing-here").bearer(userToken(DemoUsers.CLIENT))
        .header("traceparent", "00-" + TRACE_ID + "-b7ad6b7169203331-01").send();

    Map<String, Object> problem = assertProblem(response, 404, "not-found");
    assertThat(problem).containsEntry("instance", "/api/v1/nothing-here")
        .containsEntry("traceId", TRACE_ID);
  }

  @Test
  void anUnusedMethodIsA405ProblemBeforeAnyService() {
    Response response = gateway.method("TRACE", "/api/v1/bookings")
        .bearer(userToken(DemoUsers.CLIENT)).send();

    assertProblem(response, 405, "method-not-allowed");
    assertThat(response.header("Allow")).contains("GET").doesNotContain("TRACE");
    assertThat(service(DownstreamService.BOOKING).requestCount()).isZero();
  }

  @Test
  void aPathTheFirewallRejectsIsA400Problem() {
    Response response = gateway.get("/api/v1/bookings/%2e%2e/audit")
        .bearer(userToken(DemoUsers.CLIENT)).send();

    assertProblem(response, 400, "bad-request");
    assertThat(service(DownstreamService.BOOKING).requestCount()).isZero();
    assertThat(service(DownstreamService.RECORDS).requestCount()).isZero();
  }

  @Test
  void aWrongMethodOnAGatewayEndpointIsA405Problem() {
    assertProblem(gateway.post("/openapi").json("{}").send(), 405, "method-not-allowed");
  }

  @Test
  void aDeclaredBodyOverTheLimitIsA413ProblemAndNeverProxied() {
    Response response = gateway.post("/api/v1/assessments").bearer(userToken(DemoUsers.CLIENT))
        .bytes(MAX_BODY_BYTES + 1).send();

    assertProblem(response, 413, "payload-too-large");
    assertThat(service(DownstreamService.RECORDS).requestCount()).isZero();
  }

  @Test
  void aChunkedBodyOverTheLimitIsA413Problem() {
    Response response = gateway.post("/api/v1/assessments").bearer(userToken(DemoUsers.CLIENT))
        .chunked(MAX_BODY_BYTES * 4).send();

    assertProblem(response, 413, "payload-too-large");
  }

  @Test
  void bodiesWithinTheLimitArriveWhole() {
    String token = userToken(DemoUsers.CLIENT);

    Response declared = gateway.post("/api/v1/assessments").bearer(token)
        .bytes(MAX_BODY_BYTES).send();
    Response chunked = gateway.post("/api/v1/assessments").bearer(token)
        .chunked(MAX_BODY_BYTES - 1).send();

    assertThat(declared.status()).isEqualTo(200);
    assertThat(declared.json()).containsEntry("bodyBytes", MAX_BODY_BYTES);
    assertThat(chunked.status()).isEqualTo(200);
    assertThat(chunked.json()).containsEntry("bodyBytes", MAX_BODY_BYTES - 1);
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    Response proxied = gateway.get("/api/v1/regions").bearer(userToken(DemoUsers.CLIENT)).send();
    Response refused = gateway.get("/api/v1/regions").send();

    for (Response response : new Response[] {proxied, refused}) {
      assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
      assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
      assertThat(response.header("Content-Security-Policy"))
          .isEqualTo("default-src 'none'; frame-ancestors 'none'");
      assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    }
    assertThat(proxied.status()).isEqualTo(200);
    assertThat(refused.status()).isEqualTo(401);
  }

  @Test
  void aPartnerOriginGetsItsPreflightAnswered() {
    Response preflight = gateway.method("OPTIONS", "/api/v1/bookings")
        .header("Origin", PARTNER_ORIGIN)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key,x-correlation-id")
        .send();

    assertThat(preflight.status()).isEqualTo(200);
    assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(PARTNER_ORIGIN);
    assertThat(preflight.header("Access-Control-Allow-Headers").toLowerCase())
        .contains("authorization", "content-type", "idempotency-key", "x-correlation-id");
    assertThat(service(DownstreamService.BOOKING).requestCount()).isZero();
  }

  @Test
  void anyOtherOriginIsRefused() {
    Response preflight = gateway.method("OPTIONS", "/api/v1/bookings")
        .header("Origin", "https://evil.example")
        .header("Access-Control-Request-Method", "POST")
        .send();
    Response call = gateway.get("/api/v1/bookings").bearer(userToken(DemoUsers.CLIENT))
        .header("Origin", "https://evil.example").send();

    assertThat(preflight.status()).isEqualTo(403);
    assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
    assertThat(call.status()).isEqualTo(403);
    assertThat(call.header("Access-Control-Allow-Origin")).isNull();
    assertThat(service(DownstreamService.BOOKING).requestCount()).isZero();
  }

  @Test
  void aPartnerOriginMayReadTheAnswerAndTheCorrelationId() {
    Response call = gateway.get("/api/v1/bookings").bearer(userToken(DemoUsers.CLIENT))
        .header("Origin", PARTNER_ORIGIN).send();

    assertThat(call.status()).isEqualTo(200);
    assertThat(call.header("Access-Control-Allow-Origin")).isEqualTo(PARTNER_ORIGIN);
    assertThat(call.header("Access-Control-Expose-Headers")).contains("X-Correlation-Id");
  }

  @Test
  void backToBackRequestsOnOneConnectionAreAllAnswered() {
    String[] paths = {"/actuator/health", "/actuator/prometheus", "/actuator/env", "/openapi"};
    for (int i = 0; i < 100; i++) {
      String path = paths[i % paths.length];
      Response response = gateway.get(path).timeout(Duration.ofSeconds(10)).send();
      assertThat(response.status()).as("request %d to %s", i, path).isIn(200, 401);
    }
  }
}
