package org.xinqiao.gateway.web;

import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses HTTP methods the public API never uses (TRACE, CONNECT and unknown ones) with a 405
 * problem and an {@code Allow} header, before they reach a service.
 */
@Component
public class AllowedMethodsFilter implements WebFilter, Ordered {

  static final Set<HttpMethod> ALLOWED = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST,
      HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS);

  @Override
  public int getOrder() {
    return WebFilterOrder.ALLOWED_METHODS;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    HttpMethod method = exchange.getRequest().getMethod();
    if (!ALLOWED.contains(method)) {
      return Mono.error(new MethodNotAllowedException(method, ALLOWED));
    }
    return chain.filter(exchange);
  }
}
