package org.xinqiao.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory.RetryConfig;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

class RetryPolicyTest {

  private static final ResilienceProperties.Retry FAST =
      new ResilienceProperties.Retry(2, Duration.ofMillis(1), Duration.ofMillis(5), 2, 0.5);

  private final GatewayFilter retry =
      new RetryGatewayFilterFactory().apply(RetryPolicy.config("test-route", FAST));

  @Test
  void retriesOnlyTheSafeReadMethods() {
    RetryConfig config = RetryPolicy.config("r", FAST);

    assertThat(config.getMethods()).containsExactlyInAnyOrder(HttpMethod.GET, HttpMethod.HEAD);
    assertThat(RetryPolicy.retries(HttpMethod.GET)).isTrue();
    assertThat(RetryPolicy.retries(HttpMethod.POST)).isFalse();
  }

  @Test
  void backsOffExponentiallyWithJitter() {
    RetryConfig config = RetryPolicy.config("r", new ResilienceProperties.Retry(
        3, Duration.ofMillis(50), Duration.ofMillis(500), 2, 0.5));

    assertThat(config.getRetries()).isEqualTo(3);
    assertThat(config.getBackoff().getFirstBackoff()).isEqualTo(Duration.ofMillis(50));
    assertThat(config.getBackoff().getMaxBackoff()).isEqualTo(Duration.ofMillis(500));
    assertThat(config.getBackoff().getFactor()).isEqualTo(2);
    assertThat(config.getJitter().getRandomFactor()).isEqualTo(0.5);
    assertThat(config.getStatuses()).containsExactlyInAnyOrder(HttpStatus.BAD_GATEWAY,
        HttpStatus.SERVICE_UNAVAILABLE, HttpStatus.GATEWAY_TIMEOUT);
    assertThat(config.getSeries()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD"})
  void aReadThatCannotConnectIsTriedAgain(String method) {
    AtomicInteger attempts = new AtomicInteger();

    run(method, exchange -> Mono.defer(() -> {
      attempts.incrementAndGet();
      return Mono.error(new ConnectException("Connection refused"));
    }));

    assertThat(attempts).hasValue(1 + FAST.retries());
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
  void aWriteIsSentExactlyOnce(String method) {
    AtomicInteger attempts = new AtomicInteger();

    run(method, exchange -> Mono.defer(() -> {
      attempts.incrementAndGet();
      return Mono.error(new ConnectException("Connection refused"));
    }));

    assertThat(attempts).hasValue(1);
  }

  @Test
  void aReadAnswered503IsTriedAgainButAWriteIsNot() {
    AtomicInteger reads = new AtomicInteger();
    AtomicInteger writes = new AtomicInteger();
    GatewayFilterChain unavailable503 = exchange -> Mono.defer(() -> {
      (exchange.getRequest().getMethod() == HttpMethod.GET ? reads : writes).incrementAndGet();
      exchange.getResponse().setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
      return Mono.empty();
    });

    run("GET", unavailable503);
    run("POST", unavailable503);

    assertThat(reads).hasValue(1 + FAST.retries());
    assertThat(writes).hasValue(1);
  }

  @Test
  void aReadAnswered500IsNotRetried() {
    AtomicInteger attempts = new AtomicInteger();

    run("GET", exchange -> Mono.defer(() -> {
      attempts.incrementAndGet();
      exchange.getResponse().setStatusCode(HttpStatus.INTERNAL_SERVER_ERROR);
      return Mono.empty();
    }));

    assertThat(attempts).hasValue(1);
  }

  /** The chains count at subscription, as the proxy sends its request at subscription. */
  private void run(String method, GatewayFilterChain chain) {
    MockServerWebExchange exchange = MockServerWebExchange.from(
        MockServerHttpRequest.method(HttpMethod.valueOf(method), "/api/v1/bookings").build());
    retry.filter(exchange, chain)
        .onErrorResume(error -> Mono.empty())
        .block(Duration.ofSeconds(10));
  }
}
