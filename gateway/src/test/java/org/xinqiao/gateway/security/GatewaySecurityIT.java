package org.xinqiao.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinqiao.gateway.support.Problems.assertProblem;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.xinqiao.gateway.routing.DownstreamService;
import org.xinqiao.gateway.support.DownstreamServer;
import org.xinqiao.gateway.support.GatewayClient.Response;
import org.xinqiao.gateway.support.GatewayIntegrationTest;
import org.xinqiao.gateway.support.Tokens;
import org.xinqiao.testkit.keycloak.DemoUsers;
import org.xinqiao.testkit.keycloak.KeycloakServer;
import org.xinqiao.testkit.keycloak.KeycloakTokens;

class GatewaySecurityIT extends GatewayIntegrationTest {

  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

  @Test
  void aValidTokenIsRoutedWithItsAuthorizationCorrelationIdAndTraceContext() {
    String token = userToken(DemoUsers.CLIENT);

    Response response = gateway.get("/api/v1/bookings?status=CONFIRMED").bearer(token)
        .header("X-Correlation-Id", "partner-call-0042").send();

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json()).containsEntry("service", "booking");
    assertThat(response.headers().allValues("X-Correlation-Id")).containsExactly("partner-call-0042");
    DownstreamServer.Received received = service(DownstreamService.BOOKING).received().get(0);
    assertThat(received.method()).isEqualTo("GET");
    assertThat(received.pathAndQuery()).isEqualTo("/api/v1/bookings?status=CONFIRMED");
    assertThat(received.header("Authorization")).isEqualTo("Bearer " + token);
    assertThat(received.header("X-Correlation-Id")).isEqualTo("partner-call-0042");
    assertThat(received.header("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
  }

  @Test
  void theCallersTraceIsContinuedDownstream() {
    gateway.get("/api/v1/matches/m-1").bearer(userToken(DemoUsers.CLIENT))
        .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01").send();

    String traceparent = service(DownstreamService.MATCHING).received().get(0).header("traceparent");
    assertThat(traceparent).startsWith("00-" + TRACE_ID + "-")
        .doesNotContain("00f067aa0ba902b7");
  }

  @Test
  void aMalformedCorrelationIdIsReplacedAndTheReplacementEchoed() {
    Response response = gateway.get("/api/v1/matches").bearer(userToken(DemoUsers.CLIENT))
        .header("X-Correlation-Id", "x".repeat(65)).send();

    String forwarded = service(DownstreamService.MATCHING).received().get(0)
        .header("X-Correlation-Id");
    assertThat(forwarded).matches("[A-Za-z0-9-]{1,64}");
    assertThat(response.header("X-Correlation-Id")).isEqualTo(forwarded);
  }

  @Test
  void aMissingTokenIs401WithBearerChallenge() {
    Response response = gateway.get("/api/v1/bookings").send();

    assertProblem(response, 401, "unauthenticated");
    assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(response.header("X-Correlation-Id")).isNotBlank();
    assertThat(service(DownstreamService.BOOKING).requestCount()).isZero();
  }

  @Test
  void anExpiredTokenIs401() {
    String shortLived = KEYCLOAK.tokens().user(KeycloakServer.REALM,
        KeycloakServer.SHORT_LIVED_CLIENT, DemoUsers.CLIENT);
    assertThat(audience(shortLived)).contains(KeycloakServer.AUDIENCE);

    Response expired = Awaitility.await("the 2 s token to expire")
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> gateway.get("/api/v1/bookings").bearer(shortLived).send(),
            response -> response.status() == 401);

    Map<String, Object> problem = assertProblem(expired, 401, "unauthenticated");
    assertThat((String) problem.get("detail")).containsIgnoringCase("expired");
    assertThat(expired.header("WWW-Authenticate")).contains("invalid_token");
  }

  @Test
  void aTokenFromAnotherRealmIs401() {
    String otherRealm = KEYCLOAK.tokens().user(KeycloakServer.OTHER_REALM,
        KeycloakServer.DEV_CLI_CLIENT, DemoUsers.OPS_OTHER);

    assertProblem(gateway.get("/api/v1/regions").bearer(otherRealm).send(), 401,
        "unauthenticated");
    assertThat(service(DownstreamService.MATCHING).requestCount()).isZero();
  }

  @Test
  void aTokenForAnotherAudienceIs401() {
    String noAudience = KEYCLOAK.tokens().user(KeycloakServer.REALM,
        KeycloakServer.NO_AUDIENCE_CLIENT, DemoUsers.CLIENT);
    assertThat(audience(noAudience)).doesNotContain(KeycloakServer.AUDIENCE);

    Map<String, Object> problem = assertProblem(
        gateway.get("/api/v1/bookings").bearer(noAudience).send(), 401, "unauthenticated");
    assertThat((String) problem.get("detail")).contains("aud");
  }

  @Test
  void aTamperedTokenIs401() {
    String token = userToken(DemoUsers.CLIENT);
    String escalated = Tokens.withPayload(token, Tokens.payload(token)
        .replace("\"roles\":[", "\"roles\":[\"auditor\","));
    assertThat(escalated).isNotEqualTo(token);

    assertProblem(gateway.get("/api/v1/audit").bearer(escalated).send(), 401, "unauthenticated");
    assertThat(service(DownstreamService.RECORDS).requestCount()).isZero();
  }

  @Test
  void anUnsignedTokenIs401() {
    String unsigned = Tokens.unsigned(userToken(DemoUsers.CLIENT));

    assertProblem(gateway.get("/api/v1/bookings").bearer(unsigned).send(), 401,
        "unauthenticated");
  }

  @Test
  void aTokenSignedWithASharedSecretIs401() throws Exception {
    String real = userToken(DemoUsers.CLIENT);
    SignedJWT forged = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256),
        JWTClaimsSet.parse(Tokens.payload(real)));
    forged.sign(new MACSigner(new byte[32]));

    assertProblem(gateway.get("/api/v1/bookings").bearer(forged.serialize()).send(), 401,
        "unauthenticated");
  }

  @Test
  void aRoleThatMayNotMakeTheRequestIs403() {
    Response response = gateway.get("/api/v1/audit").bearer(userToken(DemoUsers.CLIENT)).send();

    assertProblem(response, 403, "forbidden");
    assertThat(service(DownstreamService.RECORDS).requestCount()).isZero();
  }

  @Test
  void coarseRoleChecksLetTheRightRolesThrough() {
    assertThat(gateway.get("/api/v1/audit").bearer(userToken(DemoUsers.AUDITOR)).send().status())
        .isEqualTo(200);
    assertThat(gateway.get("/api/v1/crisis/rosters/540000")
        .bearer(userToken(DemoUsers.RESPONDER_TIBET)).send().status()).isEqualTo(200);
    assertProblem(gateway.get("/api/v1/crisis/rosters/540000")
        .bearer(userToken(DemoUsers.CLIENT)).send(), 403, "forbidden");
    assertThat(gateway.get("/api/v1/clinics").bearer(userToken(DemoUsers.CLINIC_ADMIN)).send()
        .status()).isEqualTo(200);
    assertProblem(gateway.get("/api/v1/clinics").bearer(userToken(DemoUsers.CLIENT)).send(), 403,
        "forbidden");
    assertProblem(gateway.post("/api/v1/clinics").bearer(userToken(DemoUsers.AUDITOR))
        .json("{}").send(), 403, "forbidden");
    assertThat(gateway.get("/api/v1/counselors").bearer(userToken(DemoUsers.CLIENT)).send()
        .status()).isEqualTo(200);
    assertProblem(gateway.get("/api/v1/regions/coverage").bearer(userToken(DemoUsers.CLIENT))
        .send(), 403, "forbidden");
    assertThat(gateway.get("/api/v1/regions/coverage").bearer(userToken(DemoUsers.OPS)).send()
        .status()).isEqualTo(200);
    assertProblem(gateway.post("/api/v1/crisis/signals").bearer(userToken(DemoUsers.AUDITOR))
        .json("{}").send(), 403, "forbidden");
  }

  @Test
  void manyRequestsWithTheSameKeysSucceed() {
    String token = userToken(DemoUsers.COUNSELOR);
    for (int i = 0; i < 30; i++) {
      assertThat(gateway.get("/api/v1/counselors/c-" + i).bearer(token).send().status())
          .isEqualTo(200);
    }
    assertThat(service(DownstreamService.MATCHING).requestCount()).isEqualTo(30);
  }

  @Test
  void healthInfoPrometheusAndOpenApiNeedNoToken() {
    assertThat(gateway.get("/actuator/health").send().status()).isEqualTo(200);
    assertThat(gateway.get("/actuator/info").send().status()).isEqualTo(200);
    Response metrics = gateway.get("/actuator/prometheus").send();
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body()).contains("application=\"gateway\"");
    assertThat(gateway.get("/openapi").send().status()).isEqualTo(200);
    assertProblem(gateway.get("/actuator/env").send(), 401, "unauthenticated");
  }

  @SuppressWarnings("unchecked")
  private static List<String> audience(String jwt) {
    Object aud = KeycloakTokens.unverifiedClaims(jwt).get("aud");
    if (aud instanceof List<?> list) {
      return (List<String>) list;
    }
    return aud == null ? List.of() : List.of(aud.toString());
  }
}
