package org.xinqiao.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

class CorrelationIdFilterTest {

  private final CorrelationIdFilter filter = new CorrelationIdFilter();

  @Test
  void forwardsAndEchoesAWellFormedId() {
    Seen seen = run(MockServerHttpRequest.get("/api/v1/bookings")
        .header(CorrelationId.HEADER, "abc-123").build());

    assertThat(seen.forwarded()).isEqualTo("abc-123");
    assertThat(seen.attribute()).isEqualTo("abc-123");
    assertThat(seen.echoed()).isEqualTo("abc-123");
  }

  @Test
  void replacesAMalformedIdEverywhere() {
    Seen seen = run(MockServerHttpRequest.get("/api/v1/bookings")
        .header(CorrelationId.HEADER, "evil\"value; with junk").build());

    assertThat(seen.forwarded()).isNotEqualTo("evil\"value; with junk");
    assertThat(CorrelationId.isWellFormed(seen.forwarded())).isTrue();
    assertThat(seen.attribute()).isEqualTo(seen.forwarded());
    assertThat(seen.echoed()).isEqualTo(seen.forwarded());
  }

  @Test
  void createsAnIdWhenThereIsNone() {
    Seen seen = run(MockServerHttpRequest.get("/api/v1/bookings").build());

    assertThat(CorrelationId.isWellFormed(seen.forwarded())).isTrue();
    assertThat(seen.echoed()).isEqualTo(seen.forwarded());
  }

  @Test
  void withoutAnAcceptedIdTheCallersHeaderIsNotForwarded() {
    MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/bookings")
        .header(CorrelationId.HEADER, "evil\"value").build());

    HttpHeaders forwarded = new CorrelationIdForwarding()
        .filter(HttpHeaders.readOnlyHttpHeaders(exchange.getRequest().getHeaders()), exchange);

    assertThat(forwarded.containsHeader(CorrelationId.HEADER)).isFalse();
  }

  private record Seen(String forwarded, String attribute, String echoed) {}

  private Seen run(MockServerHttpRequest request) {
    MockServerWebExchange exchange = MockServerWebExchange.from(request);
    AtomicReference<String> attribute = new AtomicReference<>();
    filter.filter(exchange, e -> {
      attribute.set(e.getAttribute(CorrelationId.KEY));
      // a service's own echo, which the caller must not see twice
      e.getResponse().getHeaders().add(CorrelationId.HEADER, "from-the-service");
      return e.getResponse().setComplete();
    }).block(Duration.ofSeconds(5));
    String forwarded = new CorrelationIdForwarding().filter(HttpHeaders.readOnlyHttpHeaders(exchange.getRequest().getHeaders()), exchange)
        .getFirst(CorrelationId.HEADER);
    return new Seen(forwarded, attribute.get(),
        String.join(",", exchange.getResponse().getHeaders().getOrEmpty(CorrelationId.HEADER)));
  }
}
