package org.xinqiao.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

class SecurityHeadersFilterTest {

  @Test
  void overridesWhatTheServiceSentJustBeforeCommit() {
    MockServerWebExchange exchange =
        MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/regions").build());

    new SecurityHeadersFilter().filter(exchange, e -> {
      e.getResponse().getHeaders().set(HttpHeaders.CACHE_CONTROL, "max-age=3600");
      e.getResponse().getHeaders().set("X-Frame-Options", "SAMEORIGIN");
      return e.getResponse().setComplete();
    }).block(Duration.ofSeconds(5));

    HttpHeaders headers = exchange.getResponse().getHeaders();
    assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
    assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(headers.getFirst("Content-Security-Policy"))
        .isEqualTo("default-src 'none'; frame-ancestors 'none'");
    assertThat(headers.getFirst(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
  }

  @Test
  void appliesToResponsesTheGatewayWritesItself() {
    MockServerWebExchange exchange =
        MockServerWebExchange.from(MockServerHttpRequest.get("/nowhere").build());

    new SecurityHeadersFilter().filter(exchange, e -> Mono.empty())
        .then(exchange.getResponse().setComplete())
        .block(Duration.ofSeconds(5));

    assertThat(exchange.getResponse().getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
  }
}
