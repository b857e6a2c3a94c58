package org.xinqiao.kit.observability;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLogFormatter;
import org.springframework.core.env.Environment;

/**
 * One JSON object per log line: time, level, service, logger, thread, trace and correlation ids,
 * the message and any exception, with {@link Redaction} applied to every free-text part.
 * Selected by {@code logging.structured.format.console}.
 */
public class RedactingJsonFormatter implements StructuredLogFormatter<ILoggingEvent> {

  private final String service;

  public RedactingJsonFormatter(Environment environment) {
    this.service = environment.getProperty("spring.application.name", "xinqiao");
  }

  @Override
  public String format(ILoggingEvent event) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("@timestamp", Instant.ofEpochMilli(event.getTimeStamp()).toString());
    line.put("level", event.getLevel().toString());
    line.put("service", service);
    line.put("logger", event.getLoggerName());
    line.put("thread", event.getThreadName());
    Map<String, String> mdc = event.getMDCPropertyMap();
    putIfPresent(line, "traceId", mdc.get("traceId"));
    putIfPresent(line, "spanId", mdc.get("spanId"));
    putIfPresent(line, "correlationId", mdc.get(CorrelationId.MDC_KEY));
    line.put("message", Redaction.redact(event.getFormattedMessage()));
    IThrowableProxy error = event.getThrowableProxy();
    if (error != null) {
      line.put("error", errorOf(error));
    }
    return JsonWriter.standard().writeToString(line) + "\n";
  }

  private static Map<String, Object> errorOf(IThrowableProxy error) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("type", error.getClassName());
    e.put("message", Redaction.redact(error.getMessage()));
    StringBuilder frames = new StringBuilder();
    StackTraceElementProxy[] stack = error.getStackTraceElementProxyArray();
    for (int i = 0; stack != null && i < Math.min(stack.length, 30); i++) {
      frames.append(stack[i].getSTEAsString()).append('\n');
    }
    e.put("stack", frames.toString());
    if (error.getCause() != null) {
      e.put("cause", error.getCause().getClassName() + ": " + Redaction.redact(error.getCause().getMessage()));
    }
    return e;
  }

  private static void putIfPresent(Map<String, Object> line, String key, String value) {
    if (value != null) {
      line.put(key, value);
    }
  }
}
