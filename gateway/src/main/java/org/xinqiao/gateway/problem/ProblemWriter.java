package org.xinqiao.gateway.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.xinqiao.gateway.observability.TraceIds;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem documents ({@code application/problem+json}) straight to a reactive
 * response: type, title, status, detail, instance, code, traceId and any extension members. Used by
 * the global error handler and by the security entry point and access-denied handler, so every
 * refusal the gateway makes has the same shape.
 */
@Component
public class ProblemWriter {

  private final JsonMapper json;

  public ProblemWriter(JsonMapper json) {
    this.json = json;
  }

  public Mono<Void> write(ServerWebExchange exchange, ProblemType type, String detail) {
    return write(exchange, type, detail, Map.of(), HttpHeaders.EMPTY);
  }

  public Mono<Void> write(ServerWebExchange exchange, ProblemType type, String detail,
      Map<String, Object> extensions, HttpHeaders headers) {
    ServerHttpResponse response = exchange.getResponse();
    if (response.isCommitted()) {
      return Mono.empty();
    }
    byte[] body = json.writeValueAsBytes(document(exchange, type, detail, extensions));
    response.setStatusCode(type.status());
    HttpHeaders target = response.getHeaders();
    headers.forEach(target::put);
    target.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    target.setContentLength(body.length);
    DataBuffer buffer = response.bufferFactory().wrap(body);
    return response.writeWith(Mono.just(buffer));
  }

  Map<String, Object> document(ServerWebExchange exchange, ProblemType type, String detail,
      Map<String, Object> extensions) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("type", type.type().toString());
    doc.put("title", type.title());
    doc.put("status", type.status().value());
    if (detail != null) {
      doc.put("detail", detail);
    }
    doc.put("instance", exchange.getRequest().getPath().value());
    doc.put("code", type.code());
    String traceId = TraceIds.of(exchange);
    if (traceId != null) {
      doc.put("traceId", traceId);
    }
    extensions.forEach(doc::putIfAbsent);
    return doc;
  }
}
