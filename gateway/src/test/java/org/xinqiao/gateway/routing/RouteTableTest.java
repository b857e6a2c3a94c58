package org.xinqiao.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

class RouteTableTest {

  private final RouteTable table = RouteTable.standard();

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      "GET,    /api/v1/clinics,                                   matching",
      "GET,    /api/v1/clinics/c-1/counselors,                    matching",
      "GET,    /api/v1/counselors,                                matching",
      "GET,    /api/v1/counselors/c-7,                            matching",
      "PUT,    /api/v1/counselors/c-7/verification,               matching",
      "POST,   /api/v1/matches,                                   matching",
      "POST,   /api/v1/matches/m-1/accept,                        matching",
      "GET,    /api/v1/regions/coverage,                          matching",
      "GET,    /api/v1/counselors/c-7/availability,               booking",
      "PUT,    /api/v1/counselors/c-7/availability/rules/r-1,     booking",
      "GET,    /api/v1/counselors/c-7/slots,                      booking",
      "GET,    /api/v1/counselors/c-7/slots/s-1,                  booking",
      "POST,   /api/v1/bookings,                                  booking",
      "POST,   /api/v1/bookings/b-1/cancel,                       booking",
      "GET,    /api/v1/clients/k-1/entitlements,                  booking",
      "POST,   /api/v1/crisis/signals,                            crisis",
      "GET,    /api/v1/crisis/cases,                              crisis",
      "POST,   /api/v1/crisis/cases/x-1/acknowledge,              crisis",
      "PUT,    /api/v1/crisis/rosters/540000,                     crisis",
      "POST,   /api/v1/clients,                                   records",
      "GET,    /api/v1/clients/k-1,                               records",
      "DELETE, /api/v1/clients/k-1,                               records",
      "GET,    /api/v1/clients/k-1/export,                        records",
      "GET,    /api/v1/consents/documents/current,                records",
      "POST,   /api/v1/assessments,                               records",
      "POST,   /api/v1/records/notes,                             records",
      "GET,    /api/v1/audit,                                     records",
  })
  void eachPathGoesToTheServiceThatOwnsIt(HttpMethod method, String path, String service) {
    assertThat(table.resolve(method, path))
        .hasValueSatisfying(route -> assertThat(route.service().id()).isEqualTo(service));
  }

  @Test
  void aCounsellorsSlotsAreBookingsButTheCounsellorIsMatchings() {
    assertThat(table.resolve(HttpMethod.GET, "/api/v1/counselors/c-7/slots").orElseThrow()
        .service()).isEqualTo(DownstreamService.BOOKING);
    assertThat(table.resolve(HttpMethod.GET, "/api/v1/counselors/c-7").orElseThrow()
        .service()).isEqualTo(DownstreamService.MATCHING);
    assertThat(table.resolve(HttpMethod.GET, "/api/v1/counselors/c-7/slotsx").orElseThrow()
        .service()).isEqualTo(DownstreamService.MATCHING);
  }

  @Test
  void crisisSelfReportsAreNeverRateLimited() {
    ApiRoute signals = table.resolve(HttpMethod.POST, "/api/v1/crisis/signals").orElseThrow();

    assertThat(signals.id()).isEqualTo("crisis-signals");
    assertThat(signals.rateLimited()).isFalse();
    assertThat(table.routes().get(0)).isEqualTo(signals);
  }

  @Test
  void everyOtherApiRouteIsRateLimited() {
    assertThat(table.routes()).filteredOn(route -> !route.id().equals("crisis-signals"))
        .allMatch(ApiRoute::rateLimited);
    assertThat(table.resolve(HttpMethod.GET, "/api/v1/crisis/signals").orElseThrow())
        .satisfies(route -> {
          assertThat(route.id()).isEqualTo("crisis");
          assertThat(route.rateLimited()).isTrue();
        });
  }

  @Test
  void pathsOutsideThePublicApiHaveNoRoute() {
    assertThat(table.resolve(HttpMethod.GET, "/api/v1/nothing-here")).isEmpty();
    assertThat(table.resolve(HttpMethod.GET, "/api/v2/bookings")).isEmpty();
    assertThat(table.resolve(HttpMethod.GET, "/bookings")).isEmpty();
    assertThat(table.resolve(HttpMethod.GET, "/api/v1/bookingsx")).isEmpty();
  }

  @Test
  void moreSpecificRoutesComeFirst() {
    assertThat(table.routes()).extracting(ApiRoute::id)
        .containsExactly("crisis-signals", "booking", "matching", "crisis", "records");
  }
}
