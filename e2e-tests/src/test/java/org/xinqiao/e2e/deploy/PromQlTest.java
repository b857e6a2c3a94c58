package org.xinqiao.e2e.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromQlTest {

  @Test
  void findsTheMetricsOfAnAggregatedRate() {
    assertThat(PromQl.metricNames(
        "sum by (routeId, status) (rate(spring_cloud_gateway_requests_seconds_count{status=~\"5..\", a='x'}[$__rate_interval]))"))
        .containsExactly("spring_cloud_gateway_requests_seconds_count");
  }

  @Test
  void findsBothSidesOfABinaryExpressionAndIgnoresKeywordsNumbersAndVariables() {
    assertThat(PromQl.metricNames(
        "(sum by (application) (rate(a_total{x=\"$application\"}[5m])) / sum without (le) (b_seconds_sum offset 1h)) > 0.05"
            + " and on (application) c_gauge > bool 1e3 unless histogram_quantile(0.9, d_bucket)"))
        .containsExactly("a_total", "b_seconds_sum", "c_gauge", "d_bucket");
  }

  @Test
  void aBareMetricIsAMetric() {
    assertThat(PromQl.metricNames("up{job=\"xinqiao\"} == 0")).containsExactly("up");
    assertThat(PromQl.metricNames("xinqiao_outbox_backlog")).containsExactly("xinqiao_outbox_backlog");
  }

  @Test
  void labelNamesInsideMatchersAndGroupingAreNotMetrics() {
    assertThat(PromQl.metricNames("max by (severity) (m{quantile=\"0.5\", region=~\"$region\"})"))
        .containsExactly("m");
  }

  @Test
  void variableQueriesNameTheirMetric() {
    assertThat(PromQl.variableMetrics("label_values(crisis_case_escalations_total, region)"))
        .containsExactly("crisis_case_escalations_total");
    assertThat(PromQl.variableMetrics("label_values(up{job=\"xinqiao\"}, service)")).containsExactly("up");
  }
}
