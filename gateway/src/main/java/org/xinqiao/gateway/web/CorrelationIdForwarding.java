package org.xinqiao.gateway.web;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Puts the request's accepted or created correlation id ({@link CorrelationIdFilter}) on the
 * request to the service, in place of whatever the caller sent, as a proxy header filter so the
 * incoming request is not copied for it. It runs after the gateway's other header filters, so a
 * caller naming the header in {@code Connection} cannot strip it; without an id the caller's
 * header is dropped, never forwarded unchecked.
 */
@Component
public class CorrelationIdForwarding implements HttpHeadersFilter, Ordered {

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  @Override
  public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
    String id = exchange.getAttribute(CorrelationId.KEY);
    HttpHeaders forwarded = new HttpHeaders();
    forwarded.putAll(input);
    if (id == null) {
      forwarded.remove(CorrelationId.HEADER);
    } else {
      forwarded.set(CorrelationId.HEADER, id);
    }
    return forwarded;
  }
}
