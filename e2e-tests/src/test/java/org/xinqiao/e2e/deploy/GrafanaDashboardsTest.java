package org.xinqiao.e2e.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * deploy/grafana: the provisioned datasource and dashboard provider, and every dashboard JSON (uid, title,
 * panels with PromQL targets on the provisioned datasource, reading only metrics from the allow-list).
 */
class GrafanaDashboardsTest {

  private static final Set<String> WITHOUT_QUERIES = Set.of("row", "text", "news", "dashlist", "alertlist");

  static List<Path> dashboards() {
    List<Path> files = DeployFiles.files("deploy/grafana/dashboards", ".json");
    assertThat(files).isNotEmpty();
    return files;
  }

  @Test
  void theDatasourceAndTheDashboardProviderAreProvisioned() {
    JsonNode ds = DeployFiles.yaml(DeployFiles.path("deploy/grafana/provisioning/datasources/prometheus.yml"));
    JsonNode prometheus = ds.get("datasources").get(0);
    assertThat(prometheus.path("type").asText()).isEqualTo("prometheus");
    assertThat(prometheus.path("uid").asText()).isEqualTo("prometheus");
    assertThat(prometheus.path("url").asText()).isEqualTo("http://prometheus:9090");

    JsonNode providers = DeployFiles.yaml(DeployFiles.path("deploy/grafana/provisioning/dashboards/xinqiao.yml"));
    String path = providers.get("providers").get(0).at("/options/path").asText();
    String compose = DeployFiles.read(DeployFiles.path("docker-compose.yml"));
    assertThat(compose).as("compose mounts the dashboards where the provider looks")
        .contains("./deploy/grafana/dashboards:" + path);
    JsonNode grafanaEnv = DeployFiles.yaml(DeployFiles.path("docker-compose.yml")).at("/services/grafana/environment");
    String home = grafanaEnv.path("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH").asText();
    if (!home.isEmpty()) {
      assertThat(home).as("home dashboard inside the provider's folder").startsWith(path + "/");
      assertThat(DeployFiles.root().resolve("deploy/grafana/dashboards").resolve(home.substring(path.length() + 1)))
          .as("home dashboard file").exists();
    }
  }

  @Test
  void theIssueDashboardsExist() {
    Set<String> uids = new HashSet<>();
    dashboards().forEach(f -> uids.add(DeployFiles.json(f).path("uid").asText()));
    assertThat(uids).contains("xinqiao-api", "xinqiao-crisis", "xinqiao-access", "xinqiao-bookings", "xinqiao-messaging");
  }

  @Test
  void everyDashboardIsComplete() {
    Set<String> uids = new HashSet<>();
    Set<String> titles = new HashSet<>();
    for (Path f : dashboards()) {
      JsonNode d = DeployFiles.json(f);
      String uid = d.path("uid").asText();
      assertThat(uid).as(f + " uid").matches("[a-zA-Z0-9_-]{1,40}");
      assertThat(uids.add(uid)).as("uid " + uid + " unique").isTrue();
      assertThat(titles.add(d.path("title").asText())).as(f + " title unique").isTrue();
      assertThat(d.path("title").asText()).as(f + " title").isNotBlank();
      assertThat(d.path("schemaVersion").asInt()).as(f + " schemaVersion").isGreaterThanOrEqualTo(36);
      assertThat(d.path("panels").size()).as(f + " panels").isPositive();
      Set<Integer> ids = new HashSet<>();
      for (JsonNode panel : d.get("panels")) {
        String where = uid + " / " + panel.path("title").asText();
        assertThat(panel.path("title").asText()).as(f + " panel title").isNotBlank();
        assertThat(ids.add(panel.path("id").asInt())).as(where + " id unique").isTrue();
        assertThat(panel.path("gridPos").path("w").asInt()).as(where + " gridPos.w").isBetween(1, 24);
        if (WITHOUT_QUERIES.contains(panel.path("type").asText())) {
          continue;
        }
        assertThat(panel.path("datasource").path("uid").asText()).as(where + " datasource").isEqualTo("prometheus");
        assertThat(panel.path("targets").size()).as(where + " targets").isPositive();
        Set<String> refIds = new HashSet<>();
        for (JsonNode target : panel.get("targets")) {
          assertThat(refIds.add(target.path("refId").asText())).as(where + " refId unique").isTrue();
          String expr = target.path("expr").asText();
          assertThat(expr).as(where + " target expr").isNotBlank();
          PrometheusConfigTest.assertBalanced(where, expr);
          assertThat(PromQl.metricNames(expr)).as(where + " reads a metric: " + expr).isNotEmpty();
        }
      }
    }
  }

  @Test
  void dashboardsReadOnlyKnownMetrics() {
    Set<String> allowed = DeployFiles.allowedMetrics();
    Set<String> unknown = new LinkedHashSet<>();
    Set<String> used = new HashSet<>();
    for (Path f : dashboards()) {
      JsonNode d = DeployFiles.json(f);
      for (JsonNode panel : d.path("panels")) {
        for (JsonNode target : panel.path("targets")) {
          for (String metric : PromQl.metricNames(target.path("expr").asText())) {
            used.add(metric);
            if (!allowed.contains(metric)) {
              unknown.add(d.path("uid").asText() + " / " + panel.path("title").asText() + ": " + metric);
            }
          }
        }
      }
      for (JsonNode variable : d.at("/templating/list")) {
        JsonNode q = variable.path("query");
        String query = q.isObject() ? q.path("query").asText() : q.asText();
        for (String metric : PromQl.variableMetrics(query)) {
          used.add(metric);
          if (!allowed.contains(metric)) {
            unknown.add(d.path("uid").asText() + " / variable " + variable.path("name").asText() + ": " + metric);
          }
        }
      }
    }
    assertThat(unknown).as("metrics not in metric-names.txt").isEmpty();
    PrometheusConfigTest.rules().forEach(r -> used.addAll(PromQl.metricNames(r.path("expr").asText())));
    assertThat(allowed).as("metric-names.txt lists only names something uses").isSubsetOf(used);
  }
}
