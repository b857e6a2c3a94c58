package org.xinqiao.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** Assertions on the problem documents the gateway answers with. */
public final class Problems {

  private Problems() {}

  /** Asserts an RFC 9457 problem of the gateway with the given status and slug; returns it. */
  public static Map<String, Object> assertProblem(GatewayClient.Response response, int status,
      String slug) {
    assertThat(response.status()).as("status of %s", response.body()).isEqualTo(status);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    Map<String, Object> problem = response.json();
    assertThat(problem)
        .containsEntry("type", "https://xinqiao.org/problems/" + slug)
        .containsEntry("status", status)
        .containsEntry("code", slug)
        .containsKeys("title", "detail", "instance", "traceId");
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    return problem;
  }
}
