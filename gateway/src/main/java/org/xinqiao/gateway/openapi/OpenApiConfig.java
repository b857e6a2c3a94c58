package org.xinqiao.gateway.openapi;

import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xinqiao.gateway.resilience.ResilienceFilters;
import org.xinqiao.gateway.routing.DownstreamService;
import org.xinqiao.gateway.routing.RouteFilterOrder;
import org.xinqiao.gateway.routing.RoutingProperties;

/**
 * The services' OpenAPI documents through the gateway: {@code GET /openapi/<service>} is the
 * service's own {@code /v3/api-docs}, behind the same circuit breaker as its API.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

  static final String DOCS_PATH = "/v3/api-docs";
  static final int ROUTE_ORDER = 100;

  @Bean
  RouteLocator openApiRoutes(RouteLocatorBuilder builder, RoutingProperties properties,
      ResilienceFilters resilience) {
    RouteLocatorBuilder.Builder routes = builder.routes();
    for (DownstreamService service : DownstreamService.values()) {
      String routeId = "openapi-" + service.id();
      routes.route(routeId, r -> r.order(ROUTE_ORDER)
          .path(OpenApiIndexController.documentPath(service))
          .filters(f -> f.setPath(DOCS_PATH)
              .filter(resilience.circuitBreaker(service.id()), RouteFilterOrder.CIRCUIT_BREAKER)
              .filter(resilience.retry(routeId), RouteFilterOrder.RETRY)
              .filter(resilience.attemptObservation(), RouteFilterOrder.ATTEMPT_OBSERVATION))
          .uri(properties.uriOf(service)));
    }
    return routes.build();
  }
}
