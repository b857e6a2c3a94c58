package org.xinqiao.gateway.web;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Accepts or creates the {@code X-Correlation-Id} of every request, echoes it on the response
 * (error responses included), keeps it as an exchange attribute, from where the gateway's log
 * statements take it ({@link org.xinqiao.gateway.observability.RequestMdc}). {@link
 * CorrelationIdForwarding} puts it on the request to the service.
 */
@Component
public class CorrelationIdFilter implements WebFilter, Ordered {

  @Override
  public int getOrder() {
    return WebFilterOrder.CORRELATION_ID;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String id = CorrelationId.acceptOrGenerate(
        exchange.getRequest().getHeaders().getFirst(CorrelationId.HEADER));
    exchange.getAttributes().put(CorrelationId.KEY, id);
    // just before commit: replaces the copy a service echoes, so the caller sees one value
    exchange.getResponse().beforeCommit(() -> {
      exchange.getResponse().getHeaders().set(CorrelationId.HEADER, id);
      return Mono.empty();
    });
    return chain.filter(exchange);
  }
}
