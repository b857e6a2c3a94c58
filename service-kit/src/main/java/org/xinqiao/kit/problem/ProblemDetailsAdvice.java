package org.xinqiao.kit.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error a service answers is an RFC 9457 problem document: Spring MVC's own exceptions,
 * validation failures with field errors, domain refusals by kind, and anything unexpected as a 500
 * that carries a trace id and no stack trace.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  record FieldProblem(String field, String message) {}

  @ExceptionHandler(DomainException.class)
  ResponseEntity<Object> domain(DomainException e, WebRequest request) {
    HttpStatus status = Problems.statusOf(e.kind());
    ProblemDetail problem = Problems.of(status, e.code(), e.getMessage());
    e.details().forEach(problem::setProperty);
    return finish(problem, request, new HttpHeaders());
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<Object> denied(AccessDeniedException e, WebRequest request) {
    return finish(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "You may not do this."), request, new HttpHeaders());
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<Object> constraint(ConstraintViolationException e, WebRequest request) {
    ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "The request has invalid values.");
    problem.setProperty("errors", e.getConstraintViolations().stream()
        .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage())).toList());
    return finish(problem, request, new HttpHeaders());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Object> mismatch(MethodArgumentTypeMismatchException e, WebRequest request) {
    ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "A parameter has the wrong form.");
    problem.setProperty("errors", List.of(new FieldProblem(e.getName(), "has the wrong form")));
    return finish(problem, request, new HttpHeaders());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
    log.error("unexpected error answering a request", e);
    return finish(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
        "Something went wrong on our side. Quote the traceId when you report it."), request, new HttpHeaders());
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "The request has invalid values.");
    List<FieldProblem> errors = new java.util.ArrayList<>();
    e.getBindingResult().getFieldErrors()
        .forEach(f -> errors.add(new FieldProblem(f.getField(), f.getDefaultMessage())));
    e.getBindingResult().getGlobalErrors()
        .forEach(g -> errors.add(new FieldProblem(g.getObjectName(), g.getDefaultMessage())));
    problem.setProperty("errors", errors);
    return finish(problem, request, headers);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "The request has invalid values.");
    problem.setProperty("errors", e.getParameterValidationResults().stream()
        .flatMap(r -> r.getResolvableErrors().stream()
            .map(err -> new FieldProblem(r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
        .toList());
    return finish(problem, request, headers);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (causedBy(e, PayloadTooLargeException.class)) {
      return finish(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "The request body is too large."),
          request, headers);
    }
    return finish(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request",
        "The request body is not valid JSON of the expected shape."), request, headers);
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = body instanceof ProblemDetail p ? p
        : ProblemDetail.forStatusAndDetail(status, HttpStatus.valueOf(status.value()).getReasonPhrase());
    problem.setType(null);
    Problems.decorate(problem, Problems.codeFor(status.value()));
    return finish(problem, request, headers);
  }

  private ResponseEntity<Object> finish(ProblemDetail problem, WebRequest request, HttpHeaders headers) {
    if (problem.getInstance() == null && request instanceof ServletWebRequest swr) {
      HttpServletRequest r = swr.getRequest();
      problem.setInstance(URI.create(r.getRequestURI()));
    }
    HttpHeaders out = new HttpHeaders();
    if (headers != null) {
      out.putAll(headers);
    }
    out.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
    return ResponseEntity.status(problem.getStatus()).headers(out).body(problem);
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
