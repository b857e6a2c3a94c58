package org.xinqiao.gateway.web;

import java.util.UUID;
import java.util.regex.Pattern;
import org.xinqiao.gateway.observability.RequestMdc;

/**
 * The correlation id that ties one call through the gateway and the services together. A caller's
 * {@code X-Correlation-Id} is kept if it is well-formed (1 to 64 letters, digits or hyphens);
 * anything else (missing, too long, or carrying characters that could forge log lines or headers)
 * is replaced by a fresh UUID.
 */
public final class CorrelationId {

  public static final String HEADER = "X-Correlation-Id";
  /** Key in the exchange attributes and the logging MDC. */
  public static final String KEY = RequestMdc.CORRELATION_ID;

  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9-]{1,64}");

  private CorrelationId() {}

  public static boolean isWellFormed(String candidate) {
    return candidate != null && WELL_FORMED.matcher(candidate).matches();
  }

  /** The caller's id when well-formed, otherwise a new random one. */
  public static String acceptOrGenerate(String candidate) {
    return isWellFormed(candidate) ? candidate : UUID.randomUUID().toString();
  }
}
