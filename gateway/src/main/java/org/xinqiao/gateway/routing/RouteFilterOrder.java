package org.xinqiao.gateway.routing;

/**
 * Order of the gateway's route filters: the rate limit first (a refused request costs a service
 * nothing), then the circuit breaker with its time limit around the retries, so that the time
 * limit bounds all attempts together and the breaker counts one call per client request; inside
 * the retry, the end of each attempt's observation.
 */
public final class RouteFilterOrder {

  public static final int RATE_LIMIT = 10;
  public static final int CIRCUIT_BREAKER = 20;
  public static final int RETRY = 30;
  public static final int ATTEMPT_OBSERVATION = 40;

  private RouteFilterOrder() {}
}
