package org.xinqiao.gateway.observability;

import io.micrometer.observation.Observation;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/** Finds the trace id of the server observation that WebFlux opened for an exchange. */
public final class TraceIds {

  private TraceIds() {}

  /** The current trace id, or {@code null} when tracing is off for this exchange. */
  public static String of(ServerWebExchange exchange) {
    return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
        .map(TraceIds::traceId)
        .orElse(null);
  }

  private static String traceId(Observation.Context context) {
    TracingObservationHandler.TracingContext tracing =
        context.get(TracingObservationHandler.TracingContext.class);
    if (tracing == null) {
      return null;
    }
    Span span = tracing.getSpan();
    return span == null ? null : span.context().traceId();
  }
}
