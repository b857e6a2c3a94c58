package org.xinqiao.gateway.routing;

import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * One entry of the public API routing table.
 *
 * @param id route id (also the retry filter's route id)
 * @param service the service that owns these paths
 * @param order lower wins when patterns overlap; more specific routes come first
 * @param paths path patterns, forwarded unchanged (no prefix stripped)
 * @param methods methods this route accepts; empty means any
 * @param rateLimited whether the per-client rate limit applies
 */
public record ApiRoute(String id, DownstreamService service, int order, List<String> paths,
    Set<HttpMethod> methods, boolean rateLimited) {

  public ApiRoute {
    paths = List.copyOf(paths);
    methods = Set.copyOf(methods);
  }
}
