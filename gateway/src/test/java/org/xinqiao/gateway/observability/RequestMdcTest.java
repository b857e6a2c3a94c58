package org.xinqiao.gateway.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

class RequestMdcTest {

  @AfterEach
  void clear() {
    MDC.clear();
  }

  @Test
  void theStatementSeesTheRequestsCorrelationIdAndTheMdcIsRestoredAfterwards() {
    MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/regions"));
    exchange.getAttributes().put(RequestMdc.CORRELATION_ID, "c-123");
    MDC.put("other", "kept");
    AtomicReference<String> during = new AtomicReference<>();

    RequestMdc.log(exchange, () -> during.set(MDC.get(RequestMdc.CORRELATION_ID)));

    assertThat(during).hasValue("c-123");
    assertThat(MDC.get(RequestMdc.CORRELATION_ID)).isNull();
    assertThat(MDC.get("other")).isEqualTo("kept");
  }

  @Test
  void anExchangeWithoutIdsLeavesTheMdcAsItWas() {
    MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/"));
    AtomicReference<String> during = new AtomicReference<>("unset");

    RequestMdc.log(exchange, () -> during.set(MDC.get(RequestMdc.CORRELATION_ID)));

    assertThat(during.get()).isNull();
    assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
  }
}
