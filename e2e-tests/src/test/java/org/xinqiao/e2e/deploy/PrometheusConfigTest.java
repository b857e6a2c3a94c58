package org.xinqiao.e2e.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinqiao.e2e.deploy.DeployFiles.fields;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * deploy/prometheus: the scrape configuration reaches the five services where docker-compose.yml runs
 * them, and every alert rule is complete (expr, for, severity, summary, description, runbook) with a
 * runbook anchor that exists in docs/operations.md and metrics from the allow-list.
 */
class PrometheusConfigTest {

  private static final Pattern DURATION = Pattern.compile("^(\\d+(ms|s|m|h|d|w|y))+$");

  private static JsonNode config() {
    return DeployFiles.yaml(DeployFiles.path("deploy/prometheus/prometheus.yml"));
  }

  /** Every rule of every file the configuration's rule_files patterns match (relative to the config). */
  static List<JsonNode> rules() {
    Path dir = DeployFiles.path("deploy/prometheus");
    List<Path> files = new ArrayList<>();
    for (JsonNode pattern : config().path("rule_files")) {
      PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern.asText());
      DeployFiles.files("deploy/prometheus", ".yml", ".yaml").stream()
          .filter(f -> m.matches(dir.relativize(f))).forEach(files::add);
    }
    assertThat(files).as("rule files matched by rule_files").isNotEmpty();
    List<JsonNode> rules = new ArrayList<>();
    for (Path f : files) {
      JsonNode doc = DeployFiles.yaml(f);
      assertThat(doc.path("groups").isArray()).as(f + " groups").isTrue();
      for (JsonNode group : doc.get("groups")) {
        assertThat(group.path("name").asText()).as(f + " group name").isNotBlank();
        assertThat(group.path("rules").size()).as(f + " group " + group.path("name").asText() + " rules").isPositive();
        group.get("rules").forEach(rules::add);
      }
    }
    return rules;
  }

  @Test
  void scrapesTheFiveServicesEvery15Seconds() {
    JsonNode c = config();
    assertThat(c.at("/global/scrape_interval").asText()).isEqualTo("15s");
    Map<String, Integer> xq = ComposeFileTest.xqPorts();
    Set<String> targets = new HashSet<>();
    for (JsonNode job : c.get("scrape_configs")) {
      if (job.path("metrics_path").asText().equals("/actuator/prometheus")) {
        assertThat(job.path("scrape_interval").asText("15s")).as(job.path("job_name").asText()).isEqualTo("15s");
        job.path("static_configs").forEach(sc -> sc.path("targets").forEach(t -> targets.add(t.asText())));
      }
    }
    Map<String, JsonNode> composeServices = fields(DeployFiles.yaml(DeployFiles.path("docker-compose.yml")).get("services"));
    for (String name : DeployFiles.XQ_NAMES) {
      String module = DeployFiles.moduleOf(name);
      assertThat(composeServices).containsKey(module);
      assertThat(targets).as("scrape target of " + module).contains(module + ":" + xq.get(name));
    }
  }

  @Test
  void theKubernetesConfigurationKeepsTheJobAndServiceLabelsTheRulesUse() {
    JsonNode k8s = DeployFiles.yaml(DeployFiles.path("deploy/prometheus/kubernetes/prometheus.yml"));
    JsonNode job = null;
    for (JsonNode j : k8s.get("scrape_configs")) {
      if (j.path("job_name").asText().equals("xinqiao")) {
        job = j;
      }
    }
    assertThat(job).as("job xinqiao in the Kubernetes configuration").isNotNull();
    assertThat(job.toString()).contains("kubernetes_sd_configs").contains("__meta_kubernetes_pod_annotation_prometheus_io_scrape")
        .contains("__meta_kubernetes_pod_label_app_kubernetes_io_name");
    assertThat(job.path("relabel_configs").findValuesAsText("target_label")).contains("service", "__metrics_path__");
    Path dir = DeployFiles.path("deploy/prometheus/kubernetes");
    for (JsonNode pattern : k8s.path("rule_files")) {
      Path rulesDir = dir.resolve(pattern.asText()).getParent().normalize();
      assertThat(rulesDir).as("rule_files " + pattern.asText()).isEqualTo(DeployFiles.path("deploy/prometheus/rules"));
    }
    Set<String> annotations = new HashSet<>();
    for (String line : DeployFiles.read(DeployFiles.path("deploy/k8s/base/gateway.yaml")).split("\n")) {
      if (line.trim().startsWith("prometheus.io/")) {
        annotations.add(line.trim().replaceFirst(":.*", ""));
      }
    }
    assertThat(annotations).as("the pods carry the annotations the job reads")
        .contains("prometheus.io/scrape", "prometheus.io/path", "prometheus.io/port");
  }

  @Test
  void everyRuleIsCompleteAndLinksToItsRunbook() {
    Set<String> anchors = DeployFiles.markdownAnchors(DeployFiles.path("docs/operations.md"));
    Set<String> names = new HashSet<>();
    List<JsonNode> rules = rules();
    for (JsonNode rule : rules) {
      String name = rule.path("alert").asText();
      assertThat(name).as("every rule is an alert with a name: " + rule).isNotBlank();
      assertThat(names.add(name)).as("alert name " + name + " is unique").isTrue();
      assertThat(rule.path("expr").asText()).as(name + " expr").isNotBlank();
      assertThat(rule.path("for").asText()).as(name + " for").matches(DURATION);
      assertThat(rule.at("/labels/severity").asText()).as(name + " labels.severity").isIn("page", "ticket");
      assertThat(rule.at("/annotations/summary").asText()).as(name + " summary").isNotBlank();
      assertThat(rule.at("/annotations/description").asText()).as(name + " description").isNotBlank();
      String runbook = rule.at("/annotations/runbook_url").asText();
      assertThat(runbook).as(name + " runbook").matches("docs/operations\\.md#[a-z0-9-]+");
      assertThat(anchors).as(name + " runbook anchor in docs/operations.md").contains(runbook.substring(runbook.indexOf('#') + 1));
    }
  }

  @Test
  void theIssueAlertsArePresent() {
    Map<String, String> exprByAlert = new java.util.HashMap<>();
    rules().forEach(r -> exprByAlert.put(r.path("alert").asText(), r.path("expr").asText()));
    assertThat(exprByAlert.get("CrisisDeadlineBreach")).contains("crisis_case_deadline_breaches_total");
    assertThat(exprByAlert.get("DeadLetterGrowth")).contains("spring_kafka_listener_seconds_count");
    assertThat(exprByAlert.get("CircuitOpen")).contains("resilience4j_circuitbreaker_state");
    assertThat(exprByAlert.get("ConsumerLagHigh")).contains("kafka_consumer_fetch_manager_records_lag_max");
    assertThat(exprByAlert.get("OutboxBacklog")).contains("xinqiao_outbox_backlog");
    assertThat(exprByAlert.get("ServiceDown")).contains("up");
    assertThat(exprByAlert.get("High5xxRate")).contains("5..");
  }

  @Test
  void rulesReadOnlyKnownMetrics() {
    Set<String> allowed = DeployFiles.allowedMetrics();
    Set<String> unknown = new LinkedHashSet<>();
    for (JsonNode rule : rules()) {
      for (String metric : PromQl.metricNames(rule.path("expr").asText())) {
        if (!allowed.contains(metric)) {
          unknown.add(rule.path("alert").asText() + ": " + metric);
        }
      }
    }
    assertThat(unknown).as("metrics not in metric-names.txt").isEmpty();
  }

  @Test
  void bracketsAndQuotesOfEveryExpressionBalance() {
    for (JsonNode rule : rules()) {
      assertBalanced(rule.path("alert").asText(), rule.path("expr").asText());
    }
  }

  static void assertBalanced(String what, String expr) {
    String s = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
    assertThat(s.chars().filter(c -> c == '"').count() % 2).as(what + " quotes").isZero();
    Matcher m = Pattern.compile("[(){}\\[\\]]").matcher(s);
    StringBuilder stack = new StringBuilder();
    while (m.find()) {
      char c = m.group().charAt(0);
      if ("({[".indexOf(c) >= 0) {
        stack.append(c);
      } else {
        char open = "({[".charAt(")}]".indexOf(c));
        assertThat(stack.length() > 0 && stack.charAt(stack.length() - 1) == open).as(what + " brackets: " + expr).isTrue();
        stack.setLength(stack.length() - 1);
      }
    }
    assertThat(stack.toString()).as(what + " unclosed brackets: " + expr).isEmpty();
  }
}
