package org.xinqiao.gateway.problem;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.xinqiao.gateway.observability.RequestMdc;
import reactor.core.publisher.Mono;

/**
 * Turns every error that reaches the top of the gateway into a problem document: unknown paths
 * (404), wrong methods (405), size limit (413), media types (415), rate limits (429), unavailable
 * services (503) and anything unexpected (500, logged with its stack trace, never sent). Ordered
 * before Spring Boot's default handler, whose JSON is not problem+json.
 */
@Component
public class ProblemExceptionHandler implements ErrorWebExceptionHandler, Ordered {

  private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

  private final ProblemWriter writer;

  public ProblemExceptionHandler(ProblemWriter writer) {
    this.writer = writer;
  }

  @Override
  public int getOrder() {
    return -2;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
    if (exchange.getResponse().isCommitted()) {
      return Mono.error(error);
    }
    ProblemException problem = find(error, ProblemException.class);
    if (problem != null) {
      return writer.write(exchange, problem.type(), problem.detail(), problem.extensions(),
          problem.headers());
    }
    if (error instanceof AuthenticationServiceException) {
      RequestMdc.log(exchange, () -> log.error("Token keys could not be loaded", error));
      return writer.write(exchange, ProblemType.SERVICE_UNAVAILABLE,
          "Access tokens cannot be checked right now.", Map.of("service", "identity-provider"),
          HttpHeaders.EMPTY);
    }
    if (error instanceof AuthenticationException) {
      return writer.write(exchange, ProblemType.UNAUTHENTICATED, "A valid bearer token is required.");
    }
    if (error instanceof AccessDeniedException) {
      return writer.write(exchange, ProblemType.FORBIDDEN, "Your role does not allow this request.");
    }
    if (error instanceof ResponseStatusException status) {
      return respond(exchange, status);
    }
    RequestMdc.log(exchange, () -> log.error("Unexpected error on {} {}",
        exchange.getRequest().getMethod(), exchange.getRequest().getPath(), error));
    return writer.write(exchange, ProblemType.INTERNAL_ERROR,
        "The gateway could not handle this request.");
  }

  private Mono<Void> respond(ServerWebExchange exchange, ResponseStatusException error) {
    int status = error.getStatusCode().value();
    ProblemType type = ProblemType.forStatus(status);
    String detail;
    if (status >= 500) {
      RequestMdc.log(exchange, () -> log.error("{} {} failed with {}",
          exchange.getRequest().getMethod(), exchange.getRequest().getPath(), status, error));
      detail = type == ProblemType.GATEWAY_TIMEOUT
          ? "The service did not answer in time."
          : "The gateway could not handle this request.";
    } else if (status == 404) {
      detail = "No resource at " + exchange.getRequest().getPath().value() + ".";
    } else {
      detail = error.getReason() != null ? error.getReason() : type.title();
    }
    return writer.write(exchange, type, detail, Map.of(), error.getHeaders());
  }

  private static <T extends Throwable> T find(Throwable error, Class<T> type) {
    Throwable current = error;
    for (int depth = 0; current != null && depth < 10; depth++) {
      if (type.isInstance(current)) {
        return type.cast(current);
      }
      current = current.getCause();
    }
    return null;
  }
}
