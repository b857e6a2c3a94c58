package org.xinqiao.gateway.support;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.xinqiao.gateway.routing.DownstreamService;
import org.xinqiao.testkit.keycloak.KeycloakServer;

/**
 * The gateway on a random port in front of four real HTTP servers standing in for the services,
 * trusting the real test Keycloak. Subclasses share one application context (same configuration),
 * so the rate limit buckets are shared too: only {@code GatewayRateLimitIT} uses the partner app's
 * token on rate-limited routes, and its limit is set small here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class GatewayIntegrationTest {

  protected static final KeycloakServer KEYCLOAK = KeycloakServer.shared();
  protected static final Map<DownstreamService, DownstreamServer> SERVICES = startServices();

  public static final String PARTNER_ORIGIN = "https://app.partner.example";
  public static final int MAX_BODY_BYTES = 64 * 1024;
  public static final int PARTNER_CAPACITY = 3;

  @LocalServerPort
  protected int port;

  protected GatewayClient gateway;

  @DynamicPropertySource
  static void gatewayProperties(DynamicPropertyRegistry registry) {
    registry.add("xinqiao.security.issuer-uri", KEYCLOAK::issuerUri);
    registry.add("xinqiao.security.jwk-set-uri", KEYCLOAK::jwksUri);
    registry.add("xinqiao.security.clock-skew", () -> "0s");
    SERVICES.forEach((service, server) -> registry.add(
        "xinqiao.gateway.services." + service.id() + ".uri", server::uri));
    registry.add("xinqiao.gateway.max-body-size", () -> MAX_BODY_BYTES + "B");
    registry.add("xinqiao.gateway.cors.allowed-origins", () -> PARTNER_ORIGIN);
    registry.add("xinqiao.gateway.rate-limit.clients.demo-partner-app.capacity",
        () -> PARTNER_CAPACITY);
    registry.add("xinqiao.gateway.rate-limit.clients.demo-partner-app.refill-per-second",
        () -> "0.01");
  }

  @BeforeEach
  void resetServices() {
    SERVICES.values().forEach(DownstreamServer::reset);
    gateway = new GatewayClient(port);
  }

  protected static DownstreamServer service(DownstreamService service) {
    return SERVICES.get(service);
  }

  protected static String userToken(String username) {
    return KEYCLOAK.tokens().user(username);
  }

  private static Map<DownstreamService, DownstreamServer> startServices() {
    Map<DownstreamService, DownstreamServer> servers = new EnumMap<>(DownstreamService.class);
    for (DownstreamService service : DownstreamService.values()) {
      servers.put(service, DownstreamServer.start(service.id()));
    }
    Runtime.getRuntime().addShutdownHook(new Thread(
        () -> servers.values().forEach(DownstreamServer::close), "downstream-stop"));
    return servers;
  }
}
