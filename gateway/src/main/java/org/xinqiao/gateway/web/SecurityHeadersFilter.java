package org.xinqiao.gateway.web;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Security headers on every response, whether it came from a service, from the gateway's error
 * handler or from the security entry point. They are set just before the response is committed,
 * so they override whatever a service sent: the API serves JSON only, is never framed and is never
 * cached (responses can carry health data). Spring Security's own header writer is switched off in
 * favour of this one, so there is a single place that decides.
 */
@Component
public class SecurityHeadersFilter implements WebFilter, Ordered {

  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

  @Override
  public int getOrder() {
    return WebFilterOrder.SECURITY_HEADERS;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    exchange.getResponse().beforeCommit(() -> {
      HttpHeaders headers = exchange.getResponse().getHeaders();
      headers.set("X-Content-Type-Options", "nosniff");
      headers.set("X-Frame-Options", "DENY");
      headers.set("Referrer-Policy", "no-referrer");
      headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
      headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
      headers.remove(HttpHeaders.EXPIRES);
      headers.remove(HttpHeaders.PRAGMA);
      return Mono.empty();
    });
    return chain.filter(exchange);
  }
}
