package org.xinqiao.matching.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xinqiao.matching.counselor.AgeGroup;
import org.xinqiao.matching.counselor.Modality;
import org.xinqiao.matching.match.Candidate;
import org.xinqiao.matching.match.CandidatePool;
import org.xinqiao.matching.match.ClientSituation;
import org.xinqiao.matching.match.MatchCriteria;
import org.xinqiao.matching.match.MatchIndex;
import org.xinqiao.matching.match.MatchOutcome;
import org.xinqiao.matching.match.Matcher;
import org.xinqiao.matching.match.MatchingRules;
import org.xinqiao.matching.region.MacroArea;
import org.xinqiao.matching.region.Province;
import org.xinqiao.matching.region.Regions;
import org.xinqiao.matching.support.SyntheticNetwork;

/**
 * A command, not a test: (1) top-10 latency of the indexed matcher against a brute-force scan over
 * the same 100,000 counsellors, checking that both give identical answers; (2) a national
 * simulation of region-aware matching against a same-province-only baseline.
 *
 * <p>Arguments: {@code --counsellors 100000 --queries 2000 --sim-counsellors 20000 --sim-clients
 * 40000 --seed 42}.
 */
public final class MatchingBenchmark {

  static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

  public static void main(String[] args) {
    Map<String, Long> opts = options(args);
    Regions regions = Regions.load();
    if (opts.get("queries") > 0) {
      latency(regions, opts.get("counsellors").intValue(), opts.get("queries").intValue(), opts.get("seed"));
    }
    if (opts.get("sim-clients") > 0) {
      simulation(regions, opts.get("sim-counsellors").intValue(), opts.get("sim-clients").intValue(),
          opts.get("seed"));
    }
  }

  /** Verified counsellors per 100,000 below which a province is under-served (--under-served-per100k). */
  static double underServed = MatchingRules.defaults().underServedPer100k();

  static MatchingRules rules() {
    MatchingRules d = MatchingRules.defaults();
    return new MatchingRules(d.weights(), d.approachPriors(), underServed, d.topK());
  }

  static Map<String, Long> options(String[] args) {
    Map<String, Long> o = new java.util.HashMap<>(Map.of("counsellors", 100_000L, "queries", 2_000L,
        "sim-counsellors", 20_000L, "sim-clients", 40_000L, "seed", 42L));
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (args[i].equals("--under-served-per100k")) {
        underServed = Double.parseDouble(args[i + 1]);
        continue;
      }
      o.put(args[i].replaceFirst("^--", ""), Long.parseLong(args[i + 1]));
    }
    return o;
  }

  static void latency(Regions regions, int counsellors, int queries, long seed) {
    SyntheticNetwork network = new SyntheticNetwork(regions, seed, NOW);
    MatchIndex index = new MatchIndex();
    network.counselors(counsellors).forEach(index::put);
    Matcher matcher = new Matcher(rules(), regions);
    List<MatchCriteria> clients = new ArrayList<>();
    for (int i = 0; i < queries; i++) {
      clients.add(network.client());
    }
    // warm-up: let the JIT compile both paths
    for (int i = 0; i < Math.min(500, queries); i++) {
      matcher.match(clients.get(i), ClientSituation.UNKNOWN, index, NOW, 10);
      matcher.bruteForce(clients.get(i), ClientSituation.UNKNOWN, index, NOW, 10);
    }
    long[] indexed = new long[queries];
    long[] scanned = new long[queries];
    MatchOutcome[] fromIndex = new MatchOutcome[queries];
    // separate passes, so that the scan's garbage is not collected during indexed queries
    for (int i = 0; i < queries; i++) {
      long t0 = System.nanoTime();
      fromIndex[i] = matcher.match(clients.get(i), ClientSituation.UNKNOWN, index, NOW, 10);
      indexed[i] = System.nanoTime() - t0;
    }
    int identical = 0;
    int empty = 0;
    for (int i = 0; i < queries; i++) {
      long t0 = System.nanoTime();
      MatchOutcome b = matcher.bruteForce(clients.get(i), ClientSituation.UNKNOWN, index, NOW, 10);
      scanned[i] = System.nanoTime() - t0;
      if (fromIndex[i].equals(b)) {
        identical++;
      }
      if (b.empty()) {
        empty++;
      }
    }
    Arrays.sort(indexed);
    Arrays.sort(scanned);
    System.out.println("== Top-10 match latency over " + counsellors + " counsellors, " + queries + " queries ==");
    System.out.printf(Locale.ROOT, "indexed     p50 %8.3f ms   p99 %8.3f ms   mean %8.3f ms%n", ms(pct(indexed, 50)),
        ms(pct(indexed, 99)), ms(mean(indexed)));
    System.out.printf(Locale.ROOT, "brute force p50 %8.3f ms   p99 %8.3f ms   mean %8.3f ms%n", ms(pct(scanned, 50)),
        ms(pct(scanned, 99)), ms(mean(scanned)));
    System.out.printf(Locale.ROOT, "speed-up    p50 %.1fx   p99 %.1fx   mean %.1fx%n",
        (double) pct(scanned, 50) / pct(indexed, 50), (double) pct(scanned, 99) / pct(indexed, 99),
        mean(scanned) / mean(indexed));
    System.out.printf(Locale.ROOT, "identical results: %d of %d (%d empty, explained)%n", identical, queries, empty);
    System.out.printf(Locale.ROOT, "targets: p99 <= 20 ms: %s; >= 20x faster (p50): %s; identical: %s%n%n",
        ms(pct(indexed, 99)) <= 20, (double) pct(scanned, 50) / pct(indexed, 50) >= 20, identical == queries);
  }

  /** A pool that only offers counsellors based in the client's own province: the baseline. */
  record SameProvinceOnly(MatchIndex index) implements CandidatePool {
    public Collection<Candidate> narrowed(String province, Modality modality, AgeGroup ageGroup) {
      return index.narrowed(province, modality, ageGroup).stream().filter(c -> c.homeProvince().equals(province))
          .toList();
    }

    public Collection<Candidate> covering(String province) {
      return index.covering(province).stream().filter(c -> c.homeProvince().equals(province)).toList();
    }

    public java.util.Optional<Candidate> get(String id) {
      return index.get(id);
    }

    public Collection<Candidate> all() {
      return index.all();
    }

    public int verifiedIn(String province) {
      return index.verifiedIn(province);
    }
  }

  static void simulation(Regions regions, int counsellors, int clients, long seed) {
    System.out.println("== National simulation ==");
    System.out.println("Assumptions:");
    System.out.println(" - " + counsellors + " counsellors placed by province population x macro-area supply factor"
        + " (east " + SyntheticNetwork.EAST + ", central " + SyntheticNetwork.CENTRAL + ", northeast "
        + SyntheticNetwork.NORTHEAST + ", west " + SyntheticNetwork.WEST + ")");
    System.out.println(" - licences: 10% national, 20% home province + one neighbour, 70% home province only;"
        + " 85% verified; 5% already expired");
    System.out.println(" - weekly capacity 5-20 clients, already carrying 0 to capacity+1 clients;"
        + " 1-4 modalities, 1-3 age groups, 1-4 topics, 1-3 approaches each");
    System.out.println(" - everyone speaks Mandarin except 12.5% of clients in Tibet, Qinghai, Xinjiang, Inner"
        + " Mongolia, Guangdong, Hong Kong, Macao and Guangxi who speak only the regional language;"
        + " 30% of counsellors based there speak it");
    System.out.println(" - " + clients + " clients arrive one by one, provinces weighted by 2020 census population;"
        + " each accepts the top proposal, which takes one unit of that counsellor's capacity");
    System.out.println(" - baseline: the same rules, but only counsellors based in the client's own province");
    System.out.println(" - under-served threshold: " + underServed + " verified counsellors per 100,000 people");
    Result regionAware = run(regions, counsellors, clients, seed, false);
    Result baseline = run(regions, counsellors, clients, seed, true);
    System.out.printf(Locale.ROOT, "%-10s %12s %12s %12s%n", "macro-area", "clients", "region-aware", "same-prov.");
    for (MacroArea area : MacroArea.values()) {
      System.out.printf(Locale.ROOT, "%-10s %12d %11.1f%% %11.1f%%%n", area.name().toLowerCase(Locale.ROOT),
          regionAware.requests.get(area), 100.0 * regionAware.rate(area), 100.0 * baseline.rate(area));
    }
    System.out.printf(Locale.ROOT, "%-10s %12d %11.1f%% %11.1f%%%n", "all", clients, 100.0 * regionAware.rate(),
        100.0 * baseline.rate());
    System.out.printf(Locale.ROOT, "licence compliance of accepted matches: region-aware %.2f%% (%d), baseline"
        + " %.2f%% (%d)%n", 100.0 * regionAware.compliant / Math.max(1, regionAware.matched()),
        regionAware.matched(), 100.0 * baseline.compliant / Math.max(1, baseline.matched()), baseline.matched());
    double gap = 100.0 * (regionAware.rate(MacroArea.EAST) - regionAware.rate(MacroArea.WEST));
    System.out.printf(Locale.ROOT, "west vs east (region-aware): %.1f points behind; target within 5: %s%n", gap,
        Math.abs(gap) <= 5.0);
  }

  static final class Result {
    final Map<MacroArea, Integer> requests = new EnumMap<>(MacroArea.class);
    final Map<MacroArea, Integer> matched = new EnumMap<>(MacroArea.class);
    int compliant;

    double rate(MacroArea a) {
      return (double) matched.getOrDefault(a, 0) / Math.max(1, requests.getOrDefault(a, 0));
    }

    int matched() {
      return matched.values().stream().mapToInt(Integer::intValue).sum();
    }

    double rate() {
      return (double) matched() / Math.max(1, requests.values().stream().mapToInt(Integer::intValue).sum());
    }
  }

  static Result run(Regions regions, int counsellors, int clients, long seed, boolean sameProvinceOnly) {
    SyntheticNetwork network = new SyntheticNetwork(regions, seed, NOW);
    MatchIndex index = new MatchIndex();
    network.counselors(counsellors).forEach(index::put);
    CandidatePool pool = sameProvinceOnly ? new SameProvinceOnly(index) : index;
    Matcher matcher = new Matcher(rules(), regions);
    Result r = new Result();
    for (MacroArea a : MacroArea.values()) {
      r.requests.put(a, 0);
      r.matched.put(a, 0);
    }
    for (int i = 0; i < clients; i++) {
      MatchCriteria c = network.client();
      Province p = regions.get(c.provinceCode());
      r.requests.merge(p.macroArea(), 1, Integer::sum);
      MatchOutcome o = matcher.match(c, ClientSituation.UNKNOWN, pool, NOW, 1);
      if (o.empty()) {
        continue;
      }
      String chosen = o.proposals().get(0).counselorId();
      Candidate counsellor = index.get(chosen).orElseThrow();
      r.matched.merge(p.macroArea(), 1, Integer::sum);
      // checked independently of the matcher's own constraint code
      if (counsellor.verified() && counsellor.licence().validOn(NOW) && counsellor.licence().covers(p.code())) {
        r.compliant++;
      }
      index.adjustActiveClients(chosen, 1);
    }
    return r;
  }

  static long pct(long[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  static double mean(long[] v) {
    return Arrays.stream(v).average().orElse(0);
  }

  static double ms(double nanos) {
    return nanos / 1_000_000.0;
  }
}
