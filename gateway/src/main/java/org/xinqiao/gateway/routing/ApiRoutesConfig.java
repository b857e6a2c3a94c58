package org.xinqiao.gateway.routing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.BooleanSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.xinqiao.gateway.ratelimit.RateLimitFilter;
import org.xinqiao.gateway.resilience.ResilienceFilters;

/**
 * Builds the gateway routes for {@code /api/v1} from the {@link RouteTable} and the configured
 * service URIs. The full path is forwarded; the Authorization header goes downstream unchanged,
 * since every service validates the token again.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RoutingProperties.class)
class ApiRoutesConfig {

  @Bean
  RouteTable routeTable() {
    return RouteTable.standard();
  }

  @Bean
  RouteLocator apiRoutes(RouteLocatorBuilder builder, RouteTable table,
      RoutingProperties properties, ResilienceFilters resilience, RateLimitFilter rateLimit) {
    RouteLocatorBuilder.Builder routes = builder.routes();
    for (ApiRoute route : table.routes()) {
      routes.route(route.id(), r -> {
        BooleanSpec predicate = r.order(route.order()).path(route.paths().toArray(String[]::new));
        if (!route.methods().isEmpty()) {
          predicate = predicate.and().method(route.methods().toArray(HttpMethod[]::new));
        }
        return predicate.filters(f -> {
          if (route.rateLimited()) {
            f.filter(rateLimit, RouteFilterOrder.RATE_LIMIT);
          }
          return f.filter(resilience.circuitBreaker(route.service().id()),
                  RouteFilterOrder.CIRCUIT_BREAKER)
              .filter(resilience.retry(route.id()), RouteFilterOrder.RETRY)
              .filter(resilience.attemptObservation(), RouteFilterOrder.ATTEMPT_OBSERVATION);
        }).uri(properties.uriOf(route.service()));
      });
    }
    return routes.build();
  }
}
