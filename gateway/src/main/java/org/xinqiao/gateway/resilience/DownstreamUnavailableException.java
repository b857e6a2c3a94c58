package org.xinqiao.gateway.resilience;

import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.xinqiao.gateway.problem.ProblemException;
import org.xinqiao.gateway.problem.ProblemType;

/** A service that is down, too slow, or cut off by its circuit breaker: 503 naming the service. */
public class DownstreamUnavailableException extends ProblemException {

  private final String service;

  public DownstreamUnavailableException(String service, String reason, Throwable cause) {
    super(ProblemType.SERVICE_UNAVAILABLE,
        "The " + service + " service is unavailable (" + reason + "). Please retry later.",
        Map.of("service", service), HttpHeaders.EMPTY, cause);
    this.service = service;
  }

  public String service() {
    return service;
  }
}
