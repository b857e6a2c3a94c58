package org.xinqiao.gateway.routing;

import java.net.URI;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the downstream services are: {@code xinqiao.gateway.services.<id>.uri}. A service left out
 * falls back to its local default (matching 8081, booking 8082, crisis 8083, records 8084 on
 * 127.0.0.1). An unknown service id is a configuration error and stops the start-up.
 */
@ConfigurationProperties("xinqiao.gateway")
public record RoutingProperties(@DefaultValue Map<String, Endpoint> services) {

  public RoutingProperties {
    services.keySet().forEach(id -> DownstreamService.byId(id).orElseThrow(
        () -> new IllegalArgumentException("Unknown service in xinqiao.gateway.services: " + id)));
    services = Map.copyOf(services);
  }

  /** @param uri base URI of the service, without a path */
  public record Endpoint(URI uri) {}

  public URI uriOf(DownstreamService service) {
    Endpoint endpoint = services.get(service.id());
    return endpoint != null && endpoint.uri() != null ? endpoint.uri() : service.defaultUri();
  }
}
