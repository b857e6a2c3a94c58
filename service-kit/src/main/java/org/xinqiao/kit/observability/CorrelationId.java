package org.xinqiao.kit.observability;

import java.util.UUID;
import java.util.regex.Pattern;

/** The correlation id that follows one user action across HTTP calls, Kafka records and log lines. */
public final class CorrelationId {

  public static final String HEADER = "X-Correlation-Id";
  public static final String KAFKA_HEADER = "x-correlation-id";
  public static final String MDC_KEY = "correlationId";

  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private CorrelationId() {}

  /** The caller's id when it is well-formed, else a new one: a client cannot inject text into logs. */
  public static String acceptOrCreate(String offered) {
    return offered != null && WELL_FORMED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
  }

  public static boolean wellFormed(String value) {
    return value != null && WELL_FORMED.matcher(value).matches();
  }
}
