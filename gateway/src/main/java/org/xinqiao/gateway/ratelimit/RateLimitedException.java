package org.xinqiao.gateway.ratelimit;

import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.xinqiao.gateway.problem.ProblemException;
import org.xinqiao.gateway.problem.ProblemType;

/** A client over its limit: 429 with {@code Retry-After} in seconds. */
public class RateLimitedException extends ProblemException {

  public RateLimitedException(String client, long retryAfterSeconds) {
    super(ProblemType.RATE_LIMITED,
        "Client " + client + " is over its request limit; retry in " + retryAfterSeconds + " s.",
        Map.of("retryAfterSeconds", retryAfterSeconds), retryAfter(retryAfterSeconds), null);
  }

  private static HttpHeaders retryAfter(long seconds) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    return headers;
  }
}
