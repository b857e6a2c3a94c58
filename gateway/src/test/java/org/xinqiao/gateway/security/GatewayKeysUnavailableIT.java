package org.xinqiao.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinqiao.gateway.support.Problems.assertProblem;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.xinqiao.gateway.support.DownstreamServer;
import org.xinqiao.gateway.support.GatewayClient;
import org.xinqiao.testkit.keycloak.DemoUsers;
import org.xinqiao.testkit.keycloak.KeycloakServer;

/**
 * A gateway whose key set cannot be fetched (its URI points at a port nobody listens on): valid
 * tokens get 503 naming the identity provider, not 401 (the token may be fine) nor 500. It also
 * shows that nothing is fetched at start-up: the gateway starts without reaching the key set.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayKeysUnavailableIT {

  private static final KeycloakServer KEYCLOAK = KeycloakServer.shared();
  private static final DownstreamServer NOBODY = DownstreamServer.start("nobody");
  private static final DownstreamServer BOOKING = DownstreamServer.start("booking");

  static {
    NOBODY.stop();
  }

  @LocalServerPort
  private int port;

  @DynamicPropertySource
  static void gatewayProperties(DynamicPropertyRegistry registry) {
    registry.add("xinqiao.security.issuer-uri", KEYCLOAK::issuerUri);
    registry.add("xinqiao.security.jwk-set-uri", () -> NOBODY.uri() + "/certs");
    registry.add("xinqiao.gateway.services.booking.uri", BOOKING::uri);
  }

  @AfterAll
  static void stopServers() {
    BOOKING.close();
  }

  @Test
  void aValidTokenIs503WhileTheKeysCannotBeFetched() {
    GatewayClient gateway = new GatewayClient(port);

    var response = gateway.get("/api/v1/bookings")
        .bearer(KEYCLOAK.tokens().user(DemoUsers.CLIENT)).send();

    assertThat(assertProblem(response, 503, "service-unavailable"))
        .containsEntry("service", "identity-provider");
    assertThat(BOOKING.requestCount()).isZero();
    assertThat(gateway.get("/actuator/health").send().status()).isEqualTo(200);
  }
}
