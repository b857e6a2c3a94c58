package org.xinqiao.gateway.web;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Accepts or creates the {@code X-Correlation-Id} of every request, echoes it on the response
 * (error responses included), keeps it as an exchange attribute, from where the gateway's log
 * statements take it ({@link org.xinqiao.gateway.observability.RequestMdc}), and puts it on the
 * request to the service in place of whatever the caller sent (as a proxy header filter, so the
 * incoming request is not copied for it).
 */
@Component
public class CorrelationIdFilter implements WebFilter, HttpHeadersFilter, Ordered {

  @Override
  public int getOrder() {
    return WebFilterOrder.CORRELATION_ID;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String id = CorrelationId.acceptOrGenerate(
        exchange.getRequest().getHeaders().getFirst(CorrelationId.HEADER));
    exchange.getAttributes().put(CorrelationId.KEY, id);
    exchange.getResponse().getHeaders().set(CorrelationId.HEADER, id);
    return chain.filter(exchange);
  }

  /** The headers sent to the service: the accepted or created id replaces the caller's. */
  @Override
  public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
    String id = exchange.getAttribute(CorrelationId.KEY);
    if (id == null) {
      return input;
    }
    HttpHeaders forwarded = new HttpHeaders();
    forwarded.putAll(input);
    forwarded.set(CorrelationId.HEADER, id);
    return forwarded;
  }
}
