package org.xinqiao.kit.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page as a problem document, for errors that happen outside Spring MVC
 * (in a filter, or refused by the web server itself). Replaces Boot's JSON error page.
 */
@RestController
public class ProblemErrorController implements ErrorController {

  @RequestMapping("${server.error.path:/error}")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 500;
    HttpStatus resolved = HttpStatus.resolve(status);
    if (resolved == null) {
      resolved = HttpStatus.INTERNAL_SERVER_ERROR;
    }
    ProblemDetail problem = Problems.of(resolved, Problems.codeFor(resolved.value()), resolved.getReasonPhrase());
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (uri != null) {
      problem.setInstance(URI.create(uri.toString()));
    }
    return ResponseEntity.status(resolved).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
