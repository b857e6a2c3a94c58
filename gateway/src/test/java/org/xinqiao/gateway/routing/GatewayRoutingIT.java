package org.xinqiao.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.xinqiao.gateway.support.GatewayClient.Response;
import org.xinqiao.gateway.support.GatewayIntegrationTest;
import org.xinqiao.testkit.keycloak.DemoUsers;

class GatewayRoutingIT extends GatewayIntegrationTest {

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      "GET,  /api/v1/counselors/c-7,                 MATCHING",
      "GET,  /api/v1/counselors/c-7/slots,           BOOKING",
      "PUT,  /api/v1/counselors/c-7/availability,    BOOKING",
      "GET,  /api/v1/clients/k-1/entitlements,       BOOKING",
      "GET,  /api/v1/clients/k-1,                    RECORDS",
      "POST, /api/v1/consents,                       RECORDS",
      "POST, /api/v1/matches,                        MATCHING",
      "POST, /api/v1/crisis/signals,                 CRISIS",
  })
  void eachRequestReachesTheServiceThatOwnsItsPathWithTheFullPath(String method, String path,
      DownstreamService owner) {
    Response response = gateway.method(method, path).bearer(userToken(DemoUsers.COUNSELOR))
        .json("{\"x\":1}").send();

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json()).containsEntry("service", owner.id())
        .containsEntry("method", method)
        .containsEntry("path", path);
    for (DownstreamService other : DownstreamService.values()) {
      assertThat(service(other).requestCount()).isEqualTo(other == owner ? 1 : 0);
    }
  }

  @Test
  void theOpenApiIndexListsEveryServicesDocument() {
    Response index = gateway.get("/openapi").send();

    assertThat(index.status()).isEqualTo(200);
    assertThat(index.header("Content-Type")).startsWith("application/json");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> urls = (List<Map<String, Object>>) index.json().get("urls");
    assertThat(urls).extracting(doc -> doc.get("name"))
        .containsExactly("matching", "booking", "crisis", "records");
    assertThat(urls).extracting(doc -> doc.get("url"))
        .containsExactly("/openapi/matching", "/openapi/booking", "/openapi/crisis",
            "/openapi/records");
  }

  @Test
  void aServicesOpenApiDocumentIsItsApiDocsWithoutAToken() {
    Response document = gateway.get("/openapi/booking").send();

    assertThat(document.status()).isEqualTo(200);
    assertThat(document.json()).containsEntry("service", "booking")
        .containsEntry("path", "/v3/api-docs");
  }

  @Test
  void anErrorAnswerOfAServiceIsPassedThroughAsItIs() {
    service(DownstreamService.RECORDS).mode(
        org.xinqiao.gateway.support.DownstreamServer.Mode.FAIL);

    Response response = gateway.post("/api/v1/assessments").bearer(userToken(DemoUsers.CLIENT))
        .json("{}").send();

    assertThat(response.status()).isEqualTo(503);
    assertThat(response.json()).containsEntry("origin", "downstream");
  }
}
