package org.xinqiao.gateway.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The problems the gateway itself answers with. Each has a stable type URI
 * ({@code https://xinqiao.org/problems/<slug>}) and a code equal to its slug, the same slugs the
 * services use, so that a partner app handles a 429 or a 503 alike wherever it came from.
 */
public enum ProblemType {
  BAD_REQUEST(HttpStatus.BAD_REQUEST, "bad-request"),
  UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "unauthenticated"),
  FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden"),
  NOT_FOUND(HttpStatus.NOT_FOUND, "not-found"),
  METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed"),
  NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable"),
  PAYLOAD_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large"),
  UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type"),
  RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "rate-limited"),
  INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error"),
  SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable"),
  GATEWAY_TIMEOUT(HttpStatus.GATEWAY_TIMEOUT, "gateway-timeout");

  public static final String TYPE_BASE = "https://xinqiao.org/problems/";

  private final HttpStatus status;
  private final String slug;

  ProblemType(HttpStatus status, String slug) {
    this.status = status;
    this.slug = slug;
  }

  public HttpStatus status() {
    return status;
  }

  public String code() {
    return slug;
  }

  public URI type() {
    return URI.create(TYPE_BASE + slug);
  }

  public String title() {
    return status.getReasonPhrase();
  }

  /** The problem type for a status the gateway did not raise itself (e.g. a framework 406). */
  public static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status.value() == status) {
        return type;
      }
    }
    return status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
  }
}
