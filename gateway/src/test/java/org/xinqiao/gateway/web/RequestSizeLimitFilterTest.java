package org.xinqiao.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class RequestSizeLimitFilterTest {

  private final RequestSizeLimitFilter filter =
      new RequestSizeLimitFilter(new RequestLimitsProperties(DataSize.ofBytes(10)));

  @Test
  void refusesADeclaredLengthOverTheLimitBeforeGoingOn() {
    AtomicBoolean wentOn = new AtomicBoolean();
    MockServerWebExchange exchange = MockServerWebExchange.from(
        MockServerHttpRequest.post("/api/v1/assessments").contentLength(11).body("01234567890"));

    assertThatThrownBy(() -> filter.filter(exchange, e -> {
      wentOn.set(true);
      return Mono.empty();
    }).block(Duration.ofSeconds(5))).isInstanceOf(PayloadTooLargeException.class);
    assertThat(wentOn).isFalse();
  }

  @Test
  void letsABodyAtTheLimitThrough() {
    MockServerWebExchange exchange = MockServerWebExchange.from(
        MockServerHttpRequest.post("/api/v1/assessments").contentLength(10).body("0123456789"));

    assertThat(readBody(exchange)).isEqualTo("0123456789");
  }

  @Test
  void countsAStreamedBodyAndFailsWhenItCrossesTheLimit() {
    MockServerWebExchange exchange = MockServerWebExchange.from(
        MockServerHttpRequest.post("/api/v1/assessments").body(chunks("01234", "56789", "X")));

    assertThatThrownBy(() -> readBody(exchange)).isInstanceOf(PayloadTooLargeException.class);
  }

  @Test
  void aStreamedBodyWithinTheLimitPassesWhole() {
    MockServerWebExchange exchange = MockServerWebExchange.from(
        MockServerHttpRequest.post("/api/v1/assessments").body(chunks("01234", "5678")));

    assertThat(readBody(exchange)).isEqualTo("012345678");
  }

  private String readBody(ServerWebExchange exchange) {
    AtomicReference<String> body = new AtomicReference<>();
    filter.filter(exchange, e -> DataBufferUtils.join(e.getRequest().getBody())
            .doOnNext(buffer -> {
              body.set(buffer.toString(StandardCharsets.UTF_8));
              DataBufferUtils.release(buffer);
            })
            .then())
        .block(Duration.ofSeconds(5));
    return body.get();
  }

  private static Flux<DataBuffer> chunks(String... parts) {
    return Flux.fromArray(parts)
        .map(part -> DefaultDataBufferFactory.sharedInstance.wrap(
            part.getBytes(StandardCharsets.UTF_8)));
  }
}
