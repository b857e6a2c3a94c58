package org.xinqiao.gateway.web;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerResponse;

/**
 * Works around a Reactor Netty 1.3.x keep-alive defect (reactor/reactor-netty#4361, fixed after
 * 1.3.7): when a response is completed off the connection's event loop (actuator health and
 * Prometheus run on boundedElastic, time-limit fallbacks on the parallel scheduler) and the client
 * sends its next request on the same connection at once, the server can stop reading that
 * connection and the next request hangs. Such responses therefore carry {@code Connection: close},
 * so the client opens a fresh connection; responses completed on the event loop (all proxied
 * traffic) keep their connection. Remove once Spring Boot manages a Reactor Netty with the fix.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "xinqiao.gateway.keep-alive-guard", havingValue = "true", matchIfMissing = true)
public class KeepAliveGuardFilter implements WebFilter, Ordered {

  @Override
  public int getOrder() {
    return WebFilterOrder.KEEP_ALIVE_GUARD;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpResponse response = exchange.getResponse();
    response.beforeCommit(() -> {
      if (committedOffEventLoop(response)) {
        response.getHeaders().set(HttpHeaders.CONNECTION, "close");
      }
      return Mono.empty();
    });
    return chain.filter(exchange);
  }

  private static boolean committedOffEventLoop(ServerHttpResponse response) {
    HttpServerResponse reactorResponse;
    try {
      reactorResponse = ServerHttpResponseDecorator.getNativeResponse(response);
    } catch (IllegalArgumentException | ClassCastException notReactorNetty) {
      return false;
    }
    AtomicBoolean offLoop = new AtomicBoolean();
    reactorResponse.withConnection(
        connection -> offLoop.set(!connection.channel().eventLoop().inEventLoop()));
    return offLoop.get();
  }
}
