package org.xinqiao.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinqiao.gateway.support.Problems.assertProblem;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.xinqiao.gateway.routing.DownstreamService;
import org.xinqiao.gateway.support.DownstreamServer;
import org.xinqiao.gateway.support.GatewayClient;
import org.xinqiao.gateway.support.GatewayClient.Response;
import org.xinqiao.testkit.keycloak.DemoUsers;
import org.xinqiao.testkit.keycloak.KeycloakServer;

/**
 * Services that go down, hang or fail, behind a gateway with a 1 s time limit, 2 retries and
 * breakers that open after 5 calls and try again after 2 s. Its own servers and context, so that
 * breaker states do not leak into other tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayResilienceIT {

  private static final Duration TIME_LIMIT = Duration.ofSeconds(1);
  private static final int RETRIES = 2;
  /** Room for a busy build machine on top of the time limit. */
  private static final Duration SLACK = Duration.ofSeconds(2);

  private static final KeycloakServer KEYCLOAK = KeycloakServer.shared();
  private static final Map<DownstreamService, DownstreamServer> SERVICES =
      new EnumMap<>(DownstreamService.class);

  static {
    for (DownstreamService service : DownstreamService.values()) {
      SERVICES.put(service, DownstreamServer.start(service.id()));
    }
  }

  @LocalServerPort
  private int port;

  @Autowired
  private MeterRegistry meters;

  private GatewayClient gateway;

  @DynamicPropertySource
  static void gatewayProperties(DynamicPropertyRegistry registry) {
    registry.add("xinqiao.security.issuer-uri", KEYCLOAK::issuerUri);
    registry.add("xinqiao.security.jwk-set-uri", KEYCLOAK::jwksUri);
    registry.add("xinqiao.security.clock-skew", () -> "0s");
    SERVICES.forEach((service, server) -> registry.add(
        "xinqiao.gateway.services." + service.id() + ".uri", server::uri));
    registry.add("xinqiao.gateway.resilience.timeout", () -> TIME_LIMIT.toMillis() + "ms");
    registry.add("xinqiao.gateway.resilience.minimum-number-of-calls", () -> 5);
    registry.add("xinqiao.gateway.resilience.sliding-window-size", () -> 10);
    registry.add("xinqiao.gateway.resilience.wait-in-open-state", () -> "2s");
    registry.add("xinqiao.gateway.resilience.retry.retries", () -> RETRIES);
    registry.add("xinqiao.gateway.resilience.retry.first-backoff", () -> "20ms");
    registry.add("xinqiao.gateway.resilience.retry.max-backoff", () -> "100ms");
  }

  /** All services up and echoing; the gateway warmed up (keys fetched) so timings are its own. */
  @BeforeEach
  void reset() {
    SERVICES.values().forEach(server -> {
      server.restart();
      server.reset();
    });
    gateway = new GatewayClient(port);
    assertThat(gateway.get("/api/v1/regions").bearer(KEYCLOAK.tokens().user(DemoUsers.CLIENT))
        .send().status()).isEqualTo(200);
    SERVICES.values().forEach(DownstreamServer::reset);
  }

  @AfterAll
  static void stopServices() {
    SERVICES.values().forEach(DownstreamServer::close);
  }

  @Test
  void aStoppedServiceIsA503NamingItWithinTheTimeLimitAndTrafficRecoversWhenItIsBack() {
    DownstreamServer booking = SERVICES.get(DownstreamService.BOOKING);
    String token = KEYCLOAK.tokens().user(DemoUsers.CLIENT);
    assertThat(gateway.get("/api/v1/bookings").bearer(token).send().status()).isEqualTo(200);

    booking.stop();
    for (int i = 0; i < 8; i++) {
      long started = System.nanoTime();
      Response response = gateway.get("/api/v1/bookings").bearer(token).send();
      Duration took = Duration.ofNanos(System.nanoTime() - started);

      Map<String, Object> problem = assertProblem(response, 503, "service-unavailable");
      assertThat(problem).containsEntry("service", "booking");
      assertThat(took).isLessThan(TIME_LIMIT.plus(SLACK));
    }
    Response whileOpen = gateway.get("/api/v1/bookings").bearer(token).send();
    assertThat((String) assertProblem(whileOpen, 503, "service-unavailable").get("detail"))
        .contains("circuit open");
    assertThat(gateway.get("/api/v1/clients/k-1").bearer(token).send().status())
        .as("other services are not affected").isEqualTo(200);

    booking.restart();

    Awaitility.await("booking traffic to recover").atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> gateway.get("/api/v1/bookings").bearer(token).send().status() == 200);
    assertThat(gateway.post("/api/v1/bookings").bearer(token).json("{}").send().status())
        .isEqualTo(200);
    assertThat(meters.find("http.client.requests.active").longTaskTimers())
        .as("no downstream attempt stays observed after it failed")
        .isNotEmpty()
        .allSatisfy(timer -> assertThat(timer.activeTasks()).isZero());
  }

  @Test
  void aServiceThatDoesNotAnswerIsA503AfterTheTimeLimit() {
    DownstreamServer records = SERVICES.get(DownstreamService.RECORDS);
    records.mode(DownstreamServer.Mode.HANG);
    String token = KEYCLOAK.tokens().user(DemoUsers.CLIENT);

    long started = System.nanoTime();
    Response response = gateway.get("/api/v1/clients/k-1").bearer(token).send();
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    Map<String, Object> problem = assertProblem(response, 503, "service-unavailable");
    assertThat(problem).containsEntry("service", "records");
    assertThat((String) problem.get("detail")).contains("no answer in time");
    assertThat(took).isBetween(TIME_LIMIT.minusMillis(100), TIME_LIMIT.plus(SLACK));
  }

  @Test
  void aWriteToAFailingServiceIsSentOnceWhileAReadIsRetried() {
    DownstreamServer matching = SERVICES.get(DownstreamService.MATCHING);
    matching.mode(DownstreamServer.Mode.FAIL);
    String token = KEYCLOAK.tokens().user(DemoUsers.CLIENT);

    Response write = gateway.post("/api/v1/matches").bearer(token).json("{}").send();

    assertThat(write.status()).isEqualTo(503);
    assertThat(matching.requestCount()).isEqualTo(1);

    matching.reset();
    matching.mode(DownstreamServer.Mode.FAIL);
    Response read = gateway.get("/api/v1/matches/m-1").bearer(token).send();

    assertThat(read.status()).isEqualTo(503);
    assertThat(matching.requestCount()).isEqualTo(1 + RETRIES);
    assertThat(matching.received()).extracting(DownstreamServer.Received::method)
        .containsOnly("GET");
  }
}
