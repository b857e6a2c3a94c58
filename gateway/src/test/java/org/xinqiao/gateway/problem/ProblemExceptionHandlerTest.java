package org.xinqiao.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class ProblemExceptionHandlerTest {

  private final JsonMapper json = JsonMapper.builder().build();
  private final ProblemExceptionHandler handler =
      new ProblemExceptionHandler(new ProblemWriter(json));

  @Test
  void aGatewayRefusalBecomesItsProblemWithExtensionsAndHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.RETRY_AFTER, "7");
    MockServerWebExchange exchange = exchange(HttpMethod.GET, "/api/v1/bookings");

    handle(exchange, new ProblemException(ProblemType.RATE_LIMITED, "Slow down.",
        Map.of("retryAfterSeconds", 7), headers, null));

    assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(exchange.getResponse().getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER))
        .isEqualTo("7");
    assertThat(body(exchange)).containsEntry("type", "https://xinqiao.org/problems/rate-limited")
        .containsEntry("title", "Too Many Requests")
        .containsEntry("status", 429)
        .containsEntry("detail", "Slow down.")
        .containsEntry("instance", "/api/v1/bookings")
        .containsEntry("code", "rate-limited")
        .containsEntry("retryAfterSeconds", 7);
  }

  @Test
  void aRefusalWrappedByTheProxyIsStillFound() {
    MockServerWebExchange exchange = exchange(HttpMethod.POST, "/api/v1/assessments");

    handle(exchange, new IllegalStateException("send failed",
        new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "Too big.")));

    assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(body(exchange)).containsEntry("code", "payload-too-large");
  }

  @Test
  void anUnknownPathIsANotFoundProblem() {
    MockServerWebExchange exchange = exchange(HttpMethod.GET, "/api/v1/nothing-here");

    handle(exchange, new ResponseStatusException(HttpStatus.NOT_FOUND));

    assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(body(exchange)).containsEntry("type", "https://xinqiao.org/problems/not-found")
        .containsEntry("code", "not-found");
  }

  @Test
  void aWrongMethodIs405WithAllow() {
    MockServerWebExchange exchange = exchange(HttpMethod.TRACE, "/api/v1/bookings");

    handle(exchange, new MethodNotAllowedException(HttpMethod.TRACE, Set.of(HttpMethod.GET)));

    assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
    assertThat(exchange.getResponse().getHeaders().getAllow()).containsExactly(HttpMethod.GET);
    assertThat(body(exchange)).containsEntry("code", "method-not-allowed");
  }

  @Test
  void anUnsupportedMediaTypeIs415() {
    MockServerWebExchange exchange = exchange(HttpMethod.POST, "/openapi");

    handle(exchange, new UnsupportedMediaTypeStatusException(MediaType.TEXT_PLAIN,
        List.of(MediaType.APPLICATION_JSON)));

    assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(body(exchange)).containsEntry("code", "unsupported-media-type");
  }

  @Test
  void anUnexpectedErrorIs500WithoutItsMessageOrStackTrace() {
    MockServerWebExchange exchange = exchange(HttpMethod.GET, "/api/v1/bookings");

    handle(exchange, new NullPointerException("secret internals at Foo.java:42"));

    assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    String raw = exchange.getResponse().getBodyAsString().block(Duration.ofSeconds(5));
    assertThat(raw).doesNotContain("secret").doesNotContain("Foo.java")
        .doesNotContain("NullPointerException");
    assertThat(body(exchange)).containsEntry("code", "internal-error");
  }

  private void handle(MockServerWebExchange exchange, Throwable error) {
    handler.handle(exchange, error).block(Duration.ofSeconds(5));
  }

  private static MockServerWebExchange exchange(HttpMethod method, String path) {
    return MockServerWebExchange.from(MockServerHttpRequest.method(method, path).build());
  }

  private Map<String, Object> body(MockServerWebExchange exchange) {
    String raw = exchange.getResponse().getBodyAsString().block(Duration.ofSeconds(5));
    return json.readValue(raw, new TypeReference<Map<String, Object>>() {});
  }
}
