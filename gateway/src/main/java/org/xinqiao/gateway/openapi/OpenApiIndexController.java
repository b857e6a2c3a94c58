package org.xinqiao.gateway.openapi;

import java.util.Arrays;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinqiao.gateway.routing.DownstreamService;

/**
 * {@code GET /openapi}: where each service's OpenAPI document is, in the {@code urls} shape that
 * Swagger UI reads, so one UI can show the whole public API.
 */
@RestController
class OpenApiIndexController {

  record ApiDocument(String name, String url) {}

  record ApiIndex(List<ApiDocument> urls) {}

  @GetMapping(path = "/openapi", produces = MediaType.APPLICATION_JSON_VALUE)
  ApiIndex index() {
    return new ApiIndex(Arrays.stream(DownstreamService.values())
        .map(service -> new ApiDocument(service.id(), documentPath(service)))
        .toList());
  }

  static String documentPath(DownstreamService service) {
    return "/openapi/" + service.id();
  }
}
