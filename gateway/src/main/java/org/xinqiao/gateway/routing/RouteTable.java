package org.xinqiao.gateway.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which service owns which part of {@code /api/v1}. Overlaps are settled by order, most specific
 * first: a counsellor's availability and slots belong to booking although the rest of
 * {@code /counselors} is matching's, and a client's entitlements belong to booking although the
 * rest of {@code /clients} is records'. Crisis self-reports ({@code POST /crisis/signals}) have
 * their own route without a rate limit: nobody in crisis is ever told to slow down.
 */
public final class RouteTable {

  private static final RouteTable STANDARD = new RouteTable(List.of(
      new ApiRoute("crisis-signals", DownstreamService.CRISIS, 0,
          List.of("/api/v1/crisis/signals"), Set.of(HttpMethod.POST), false),
      new ApiRoute("booking", DownstreamService.BOOKING, 10,
          List.of("/api/v1/counselors/*/availability/**", "/api/v1/counselors/*/slots/**",
              "/api/v1/bookings/**", "/api/v1/clients/*/entitlements/**"),
          Set.of(), true),
      new ApiRoute("matching", DownstreamService.MATCHING, 20,
          List.of("/api/v1/clinics/**", "/api/v1/counselors/**", "/api/v1/matches/**",
              "/api/v1/regions/**"),
          Set.of(), true),
      new ApiRoute("crisis", DownstreamService.CRISIS, 30,
          List.of("/api/v1/crisis/**"), Set.of(), true),
      new ApiRoute("records", DownstreamService.RECORDS, 40,
          List.of("/api/v1/clients/**", "/api/v1/consents/**", "/api/v1/assessments/**",
              "/api/v1/records/**", "/api/v1/audit/**"),
          Set.of(), true)));

  private final List<ApiRoute> routes;
  private final List<List<PathPattern>> patterns;

  RouteTable(List<ApiRoute> routes) {
    this.routes = routes.stream().sorted(Comparator.comparingInt(ApiRoute::order)).toList();
    PathPatternParser parser = PathPatternParser.defaultInstance;
    this.patterns = this.routes.stream()
        .map(route -> route.paths().stream().map(parser::parse).toList())
        .toList();
  }

  public static RouteTable standard() {
    return STANDARD;
  }

  /** The routes, in the order the gateway tries them. */
  public List<ApiRoute> routes() {
    return routes;
  }

  /** The route the gateway picks for a request, as its path predicates would. */
  public Optional<ApiRoute> resolve(HttpMethod method, String path) {
    PathContainer container = PathContainer.parsePath(path);
    for (int i = 0; i < routes.size(); i++) {
      ApiRoute route = routes.get(i);
      boolean methodMatches = route.methods().isEmpty() || route.methods().contains(method);
      if (methodMatches && patterns.get(i).stream().anyMatch(p -> p.matches(container))) {
        return Optional.of(route);
      }
    }
    return Optional.empty();
  }
}
