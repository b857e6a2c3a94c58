package org.xinqiao.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinqiao.gateway.support.Problems.assertProblem;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinqiao.gateway.routing.DownstreamService;
import org.xinqiao.gateway.support.GatewayClient.Response;
import org.xinqiao.gateway.support.GatewayIntegrationTest;
import org.xinqiao.testkit.keycloak.DemoUsers;

/** The demo partner app is limited to a burst of 3 and one request per 100 s in these tests. */
class GatewayRateLimitIT extends GatewayIntegrationTest {

  @Test
  void aClientOverItsLimitIs429WhileItsCrisisReportsStillPass() {
    String partner = KEYCLOAK.tokens().partner();
    for (int i = 0; i < PARTNER_CAPACITY; i++) {
      Response allowed = gateway.get("/api/v1/clients/k-" + i).bearer(partner).send();
      assertThat(allowed.status()).isEqualTo(200);
      assertThat(allowed.header("X-RateLimit-Remaining"))
          .isEqualTo(Integer.toString(PARTNER_CAPACITY - 1 - i));
    }

    Response limited = gateway.get("/api/v1/clients/k-9").bearer(partner).send();

    Map<String, Object> problem = assertProblem(limited, 429, "rate-limited");
    long retryAfter = Long.parseLong(limited.header("Retry-After"));
    assertThat(retryAfter).isBetween(1L, 100L);
    assertThat(problem).containsEntry("retryAfterSeconds", (int) retryAfter);
    assertThat(service(DownstreamService.RECORDS).requestCount()).isEqualTo(PARTNER_CAPACITY);
    assertThat(gateway.get("/actuator/prometheus").send().body())
        .containsPattern("xinqiao_gateway_rate_limited_total\\{[^}]*client=\"demo-partner-app\"[^}]*\\} 1\\.0");

    for (int i = 0; i < 5; i++) {
      Response signal = gateway.post("/api/v1/crisis/signals").bearer(partner)
          .json("{\"clientId\":\"k-1\",\"level\":\"HIGH\"}").send();
      assertThat(signal.status()).isEqualTo(200);
      assertThat(signal.header("X-RateLimit-Remaining")).isNull();
    }
    assertThat(service(DownstreamService.CRISIS).requestCount()).isEqualTo(5);

    assertThat(gateway.get("/api/v1/clients/k-1").bearer(userToken(DemoUsers.CLIENT)).send()
        .status()).as("another client keeps its own quota").isEqualTo(200);
  }
}
