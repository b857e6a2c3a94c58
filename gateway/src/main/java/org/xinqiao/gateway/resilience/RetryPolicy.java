package org.xinqiao.gateway.resilience;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory.RetryConfig;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * When the gateway tries a call again: only for GET and HEAD, which are safe to repeat, never for
 * POST, PUT, PATCH or DELETE (a booking or a crisis report must not be created twice because an
 * answer got lost). It retries connection failures, timeouts and 502/503/504 answers, waiting
 * {@code firstBackoff * factor^n} (at most {@code maxBackoff}) spread by random jitter so that many
 * callers do not retry in step. It configures Spring Cloud Gateway's own Retry filter, which
 * supports jitter and resets the exchange between attempts.
 */
public final class RetryPolicy {

  public static final Set<HttpMethod> RETRYABLE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD);

  private RetryPolicy() {}

  public static boolean retries(HttpMethod method) {
    return RETRYABLE_METHODS.contains(method);
  }

  public static RetryConfig config(String routeId, ResilienceProperties.Retry settings) {
    RetryConfig config = new RetryConfig();
    config.setRouteId(routeId);
    config.setRetries(settings.retries());
    config.setMethods(RETRYABLE_METHODS.toArray(HttpMethod[]::new));
    config.setSeries();
    config.setStatuses(HttpStatus.BAD_GATEWAY, HttpStatus.SERVICE_UNAVAILABLE,
        HttpStatus.GATEWAY_TIMEOUT);
    config.setExceptions(IOException.class, TimeoutException.class);
    config.setBackoff(settings.firstBackoff(), settings.maxBackoff(), settings.factor(), false);
    config.setJitter(settings.jitter());
    config.validate();
    return config;
  }
}
