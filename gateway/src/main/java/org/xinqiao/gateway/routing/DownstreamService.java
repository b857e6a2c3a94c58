package org.xinqiao.gateway.routing;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * The services behind the gateway. The id names the service everywhere: its base URI property
 * ({@code xinqiao.gateway.services.<id>.uri}), its circuit breaker, its OpenAPI route and the
 * {@code service} member of a 503 problem.
 */
public enum DownstreamService {
  MATCHING("matching", 8081),
  BOOKING("booking", 8082),
  CRISIS("crisis", 8083),
  RECORDS("records", 8084);

  private final String id;
  private final int defaultPort;

  DownstreamService(String id, int defaultPort) {
    this.id = id;
    this.defaultPort = defaultPort;
  }

  public String id() {
    return id;
  }

  /** Where the service listens when nothing is configured: the local developer set-up. */
  public URI defaultUri() {
    return URI.create("http://127.0.0.1:" + defaultPort);
  }

  public static Optional<DownstreamService> byId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }
}
