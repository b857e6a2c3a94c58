package org.xinqiao.e2e.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The XinQiao metrics in metric-names.txt are registered by the code: a meter renamed in a service without
 * updating the dashboards and rules fails here. Names marked "# assumed" are exempt (no service has them yet).
 */
class MetricNamesTest {

  private static final List<String> MODULES = List.of("service-kit", "gateway", "matching-service", "booking-service",
      "crisis-service", "records-service");
  private static final Pattern METER = Pattern.compile(
      "(?:Counter|Timer|Gauge|DistributionSummary|LongTaskTimer|FunctionCounter|TimeGauge)\\s*\\.\\s*builder\\(\\s*\"([^\"]+)\""
          + "|\\.(?:counter|timer|gauge|summary)\\(\\s*\"([^\"]+)\"");

  /** Every meter name the services' main code registers, in Prometheus spelling (dots → underscores). */
  static Set<String> metersInCode() {
    Set<String> names = new LinkedHashSet<>();
    for (String module : MODULES) {
      Path src = DeployFiles.root().resolve(module).resolve("src/main/java");
      if (!Files.isDirectory(src)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(src)) {
        files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
          Matcher m = METER.matcher(DeployFiles.read(f));
          while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            names.add(name.replace('.', '_').replace('-', '_'));
          }
        });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return names;
  }

  /** The meter name behind a Prometheus series name: without _total, _seconds and the timer suffixes. */
  static Set<String> meterCandidates(String series) {
    Set<String> out = new LinkedHashSet<>();
    String s = series.replaceFirst("_(count|sum|max|bucket)$", "");
    out.add(s);
    out.add(s.replaceFirst("_total$", ""));
    out.add(s.replaceFirst("_seconds$", ""));
    return out;
  }

  @Test
  void theProjectsOwnMetricsAreRegisteredByTheCode() {
    Set<String> inCode = metersInCode();
    assertThat(inCode).as("meters found in the services' code").contains("xinqiao_outbox_backlog");
    Set<String> assumed = DeployFiles.assumedMetrics();
    Set<String> missing = new LinkedHashSet<>();
    for (String series : DeployFiles.allowedMetrics()) {
      boolean ours = series.startsWith("xinqiao_") || series.startsWith("crisis_");
      if (ours && !assumed.contains(series) && meterCandidates(series).stream().noneMatch(inCode::contains)) {
        missing.add(series);
      }
    }
    assertThat(missing).as("metric-names.txt names no service registers (renamed? mark it '# assumed' if planned)")
        .isEmpty();
  }

  @Test
  void seriesNamesMapToMeterNames() {
    assertThat(meterCandidates("crisis_case_time_to_acknowledge_seconds_count")).contains("crisis_case_time_to_acknowledge");
    assertThat(meterCandidates("xinqiao_booking_claims_total")).contains("xinqiao_booking_claims");
    assertThat(meterCandidates("xinqiao_outbox_backlog")).contains("xinqiao_outbox_backlog");
  }
}
