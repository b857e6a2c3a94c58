package org.xinqiao.gateway.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;

/**
 * A refusal the gateway decided on (rate limit, size limit, unavailable service). It carries what
 * the problem document needs; {@link ProblemExceptionHandler} writes it. Expected refusals carry no
 * stack trace: they are not bugs and some of them happen on every request over a limit.
 */
public class ProblemException extends RuntimeException {

  private final ProblemType type;
  private final Map<String, Object> extensions;
  private final HttpHeaders headers;

  public ProblemException(ProblemType type, String detail) {
    this(type, detail, Map.of(), HttpHeaders.EMPTY, null);
  }

  public ProblemException(ProblemType type, String detail, Map<String, Object> extensions,
      HttpHeaders headers, Throwable cause) {
    super(detail, cause, false, false);
    this.type = type;
    this.extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    this.headers = HttpHeaders.readOnlyHttpHeaders(headers);
  }

  public ProblemType type() {
    return type;
  }

  public String detail() {
    return getMessage();
  }

  /** Extra members of the problem document, e.g. {@code service} on a 503. */
  public Map<String, Object> extensions() {
    return extensions;
  }

  /** Extra response headers, e.g. {@code Retry-After} on a 429. */
  public HttpHeaders headers() {
    return headers;
  }
}
