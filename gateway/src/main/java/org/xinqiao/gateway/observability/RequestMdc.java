package org.xinqiao.gateway.observability;

import java.util.Map;
import org.slf4j.MDC;
import org.springframework.web.server.ServerWebExchange;

/**
 * Puts a request's correlation id and trace id into the logging MDC for one log statement. The
 * gateway's request handling hops between threads, and copying thread locals on every hop
 * (Reactor's automatic context propagation) costs more CPU than the rest of the proxying; the
 * gateway logs rarely (failures only), so each log statement takes the ids from the exchange.
 */
public final class RequestMdc {

  /** The exchange attribute and MDC key of the correlation id. */
  public static final String CORRELATION_ID = "correlationId";
  static final String TRACE_ID = "traceId";

  private RequestMdc() {}

  /** Runs {@code statement} with the exchange's ids in the MDC, restoring the MDC afterwards. */
  public static void log(ServerWebExchange exchange, Runnable statement) {
    Map<String, String> previous = MDC.getCopyOfContextMap();
    try {
      putIfPresent(CORRELATION_ID, exchange.getAttribute(CORRELATION_ID));
      putIfPresent(TRACE_ID, TraceIds.of(exchange));
      statement.run();
    } finally {
      if (previous == null) {
        MDC.clear();
      } else {
        MDC.setContextMap(previous);
      }
    }
  }

  private static void putIfPresent(String key, Object value) {
    if (value != null) {
      MDC.put(key, value.toString());
    }
  }
}
