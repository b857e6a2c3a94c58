package org.xinqiao.matching.coverage;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.xinqiao.matching.match.CandidatePool;
import org.xinqiao.matching.match.MatchStatus;
import org.xinqiao.matching.match.MatchStore;
import org.xinqiao.matching.region.Province;
import org.xinqiao.matching.region.Regions;

/**
 * Supply and demand per province for ops and regulators, also as gauges
 * ({@code xinqiao.matching.coverage.*{province}}): verified counsellors based there, per 100,000
 * people, waiting requests, median time to match, and the share of accepted matches served by a
 * counsellor based in the client's own province.
 */
@Service
public class CoverageService {

  /** One province's figures; the median and share are null when there is nothing to measure. */
  public record ProvinceCoverage(String provinceCode, String nameEn, String macroArea, long population,
      int verifiedCounselors, double counselorsPer100k, boolean underServed, long waitingRequests,
      Duration medianTimeToMatch, Double shareMatchedWithinProvince) {}

  private final Regions regions;
  private final CandidatePool pool;
  private final MatchStore matches;
  private final double underServedPer100k;
  private final AtomicReference<Map<String, ProvinceCoverage>> snapshot = new AtomicReference<>(Map.of());

  CoverageService(Regions regions, CandidatePool pool, MatchStore matches, MeterRegistry meters,
      org.xinqiao.matching.match.Matcher matcher) {
    this.regions = regions;
    this.pool = pool;
    this.matches = matches;
    this.underServedPer100k = matcher.rules().underServedPer100k();
    for (Province p : regions.all()) {
      Gauge.builder("xinqiao.matching.coverage.verified.counselors", () -> pool.verifiedIn(p.code()))
          .tag("province", p.code()).tag("macro_area", p.macroArea().name().toLowerCase())
          .description("verified counsellors based in the province").register(meters);
      Gauge.builder("xinqiao.matching.coverage.counselors.per100k",
              () -> pool.verifiedIn(p.code()) * 100_000.0 / p.population())
          .tag("province", p.code()).tag("macro_area", p.macroArea().name().toLowerCase()).register(meters);
      Gauge.builder("xinqiao.matching.coverage.waiting.requests", () -> figure(p.code()).waitingRequests())
          .tag("province", p.code()).tag("macro_area", p.macroArea().name().toLowerCase()).register(meters);
      Gauge.builder("xinqiao.matching.coverage.median.time.to.match.seconds", () -> {
        Duration d = figure(p.code()).medianTimeToMatch();
        return d == null ? Double.NaN : d.toSeconds();
      }).tag("province", p.code()).tag("macro_area", p.macroArea().name().toLowerCase()).register(meters);
    }
  }

  private ProvinceCoverage figure(String code) {
    ProvinceCoverage c = snapshot.get().get(code);
    return c != null ? c : new ProvinceCoverage(code, null, null, 0, 0, 0, false, 0, null, null);
  }

  /** Recomputes the figures now. */
  public List<ProvinceCoverage> compute() {
    Map<String, List<Duration>> times = new HashMap<>();
    Map<String, long[]> waitingAcceptedLocal = new HashMap<>();
    for (MatchStore.CoverageRow r : matches.coverageRows()) {
      if (r.provinceCode() == null) {
        continue;
      }
      long[] counts = waitingAcceptedLocal.computeIfAbsent(r.provinceCode(), k -> new long[3]);
      if (r.status() == MatchStatus.WAITLISTED) {
        counts[0]++;
      }
      if (r.status() == MatchStatus.ACCEPTED) {
        counts[1]++;
        if (r.provinceCode().equals(r.acceptedCounselorProvince())) {
          counts[2]++;
        }
      }
      if (r.proposedAt() != null && r.createdAt() != null) {
        times.computeIfAbsent(r.provinceCode(), k -> new ArrayList<>()).add(Duration.between(r.createdAt(),
            r.proposedAt()));
      }
    }
    List<ProvinceCoverage> rows = new ArrayList<>();
    Map<String, ProvinceCoverage> byCode = new HashMap<>();
    for (Province p : regions.all()) {
      int verified = pool.verifiedIn(p.code());
      double per100k = verified * 100_000.0 / p.population();
      long[] counts = waitingAcceptedLocal.getOrDefault(p.code(), new long[3]);
      ProvinceCoverage row = new ProvinceCoverage(p.code(), p.nameEn(), p.macroArea().name(), p.population(),
          verified, Math.round(per100k * 1000) / 1000.0, per100k < underServedPer100k, counts[0],
          median(times.get(p.code())), counts[1] == 0 ? null : (double) counts[2] / counts[1]);
      rows.add(row);
      byCode.put(p.code(), row);
    }
    snapshot.set(Map.copyOf(byCode));
    return rows;
  }

  static Duration median(List<Duration> values) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    List<Duration> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
  }

  @Scheduled(fixedDelayString = "${xinqiao.matching.coverage-refresh-interval:PT1M}", initialDelayString = "PT5S")
  void refresh() {
    compute();
  }
}
