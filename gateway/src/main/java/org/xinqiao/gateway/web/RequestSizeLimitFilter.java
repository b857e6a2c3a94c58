package org.xinqiao.gateway.web;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Enforces {@code xinqiao.gateway.max-body-size}. A declared Content-Length over the limit is
 * refused at once with 413, before authentication and before any byte goes downstream. A body
 * without a length (chunked) is counted as it streams and fails with the same 413 the moment it
 * crosses the limit; the built-in RequestSize filter only looks at Content-Length.
 */
@Component
public class RequestSizeLimitFilter implements WebFilter, Ordered {

  private final long limit;

  public RequestSizeLimitFilter(RequestLimitsProperties properties) {
    this.limit = properties.maxBodySize().toBytes();
  }

  @Override
  public int getOrder() {
    return WebFilterOrder.REQUEST_SIZE;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    long declared = exchange.getRequest().getHeaders().getContentLength();
    if (declared > limit) {
      return Mono.error(new PayloadTooLargeException(limit));
    }
    if (declared >= 0) {
      return chain.filter(exchange);
    }
    ServerHttpRequest counted = new CountingRequest(exchange.getRequest(), limit);
    return chain.filter(exchange.mutate().request(counted).build());
  }

  private static final class CountingRequest extends ServerHttpRequestDecorator {

    private final long limit;

    CountingRequest(ServerHttpRequest delegate, long limit) {
      super(delegate);
      this.limit = limit;
    }

    @Override
    public Flux<DataBuffer> getBody() {
      AtomicLong seen = new AtomicLong();
      return super.getBody().handle((buffer, sink) -> {
        if (seen.addAndGet(buffer.readableByteCount()) > limit) {
          DataBufferUtils.release(buffer);
          sink.error(new PayloadTooLargeException(limit));
        } else {
          sink.next(buffer);
        }
      });
    }
  }
}
