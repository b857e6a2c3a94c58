package org.xinqiao.kit.problem;

import java.net.URI;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem documents with XinQiao's stable type URIs, codes and trace ids. */
public final class Problems {

  public static final String TYPE_BASE = "https://xinqiao.org/problems/";

  private Problems() {}

  public static URI type(String code) {
    return URI.create(TYPE_BASE + code);
  }

  public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    decorate(problem, code);
    return problem;
  }

  /** Adds type, title, code and traceId where missing. */
  public static ProblemDetail decorate(ProblemDetail problem, String code) {
    if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
      problem.setType(type(code));
    }
    if (problem.getTitle() == null) {
      HttpStatus status = HttpStatus.resolve(problem.getStatus());
      problem.setTitle(status == null ? "Error" : status.getReasonPhrase());
    }
    problem.setProperty("code", code);
    String traceId = MDC.get("traceId");
    if (traceId != null) {
      problem.setProperty("traceId", traceId);
    }
    return problem;
  }

  /** A stable code for a status when nothing more specific is known. */
  public static String codeFor(int status) {
    return switch (status) {
      case 400 -> "bad-request";
      case 401 -> "unauthenticated";
      case 403 -> "forbidden";
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 406 -> "not-acceptable";
      case 409 -> "conflict";
      case 413 -> "payload-too-large";
      case 415 -> "unsupported-media-type";
      case 422 -> "unprocessable";
      case 429 -> "rate-limited";
      case 503 -> "service-unavailable";
      default -> status >= 500 ? "internal-error" : "error";
    };
  }

  public static HttpStatus statusOf(ProblemKind kind) {
    return switch (kind) {
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
      case CONFLICT -> HttpStatus.CONFLICT;
      case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
      case INVALID -> HttpStatus.BAD_REQUEST;
    };
  }
}
