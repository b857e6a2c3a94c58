package org.xinqiao.gateway.web;

import io.micrometer.context.ContextRegistry;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Accepts or creates the {@code X-Correlation-Id} of every request, forwards it downstream, echoes
 * it on the response (error responses included) and puts it in the Reactor context, from where
 * automatic context propagation copies it into the logging MDC.
 */
@Component
public class CorrelationIdFilter implements WebFilter, Ordered {

  static {
    ContextRegistry.getInstance().registerThreadLocalAccessor(CorrelationId.KEY,
        () -> MDC.get(CorrelationId.KEY),
        value -> MDC.put(CorrelationId.KEY, value),
        () -> MDC.remove(CorrelationId.KEY));
  }

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
    ServerHttpRequest request = exchange.getRequest().mutate()
        .headers(headers -> headers.set(CorrelationId.HEADER, id))
        .build();
    return chain.filter(exchange.mutate().request(request).build())
        .contextWrite(context -> context.put(CorrelationId.KEY, id));
  }
}
