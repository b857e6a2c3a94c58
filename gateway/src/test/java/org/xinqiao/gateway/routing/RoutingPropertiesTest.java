package org.xinqiao.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutingPropertiesTest {

  @Test
  void configuredUrisWinAndTheRestFallBackToLocalDefaults() {
    RoutingProperties properties = new RoutingProperties(Map.of(
        "booking", new RoutingProperties.Endpoint(URI.create("http://booking:8080"))));

    assertThat(properties.uriOf(DownstreamService.BOOKING)).hasToString("http://booking:8080");
    assertThat(properties.uriOf(DownstreamService.MATCHING)).hasToString("http://127.0.0.1:8081");
    assertThat(properties.uriOf(DownstreamService.CRISIS)).hasToString("http://127.0.0.1:8083");
    assertThat(properties.uriOf(DownstreamService.RECORDS)).hasToString("http://127.0.0.1:8084");
  }

  @Test
  void aMisspelledServiceStopsTheStartUp() {
    assertThatThrownBy(() -> new RoutingProperties(Map.of(
        "bookings", new RoutingProperties.Endpoint(URI.create("http://x")))))
        .hasMessageContaining("bookings");
  }
}
