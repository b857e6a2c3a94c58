package org.xinqiao.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.xinqiao.gateway.support.GatewayIntegrationTest;

/**
 * A client that reuses one keep-alive connection and sends its next request as soon as it has read
 * the answer is never left hanging, also for responses the gateway completes off the event loop
 * (health runs on boundedElastic). Without {@link ReactorNettyKeepAlive} a few hundred requests
 * are enough for some to hang; and the connections stay open, so nothing pays for new ones.
 */
class KeepAliveIT extends GatewayIntegrationTest {

  private static final int REQUESTS = 500;

  @Test
  void backToBackRequestsOnOneConnectionAreAllAnswered() throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
        .timeout(Duration.ofSeconds(2))
        .build();

    for (int i = 0; i < REQUESTS; i++) {
      HttpResponse<String> response;
      try {
        response = client.send(health, HttpResponse.BodyHandlers.ofString());
      } catch (HttpTimeoutException hung) {
        fail("request " + (i + 1) + " of " + REQUESTS + " on a reused connection got no answer");
        return;
      }
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Connection")).isEmpty();
    }
  }
}
