package org.xinqiao.matching.match;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.xinqiao.matching.region.Province;
import org.xinqiao.matching.region.Regions;

/**
 * Region-aware matching: hard constraints filter, the weighted ranking orders, the top k come with
 * a breakdown and a reason each. Reads an index narrowed by licence scope, modality and age group;
 * {@link #bruteForce} scans everything and must give the same answer.
 */
public final class Matcher {

  /** Best first: higher score, then counsellor id for a stable order. */
  static final Comparator<Scored> BEST_FIRST =
      Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.candidate().id());

  record Scored(Candidate candidate, double score) {}

  private final MatchingRules rules;
  private final Regions regions;
  private final Ranking ranking;

  public Matcher(MatchingRules rules, Regions regions) {
    this.rules = rules;
    this.regions = regions;
    this.ranking = new Ranking(rules, regions);
  }

  public MatchingRules rules() {
    return rules;
  }

  /** The client's province is under-served when its verified supply per 100,000 is below the threshold. */
  public boolean underServed(Province province, CandidatePool pool) {
    return pool.verifiedIn(province.code()) * 100_000.0 / province.population() < rules.underServedPer100k();
  }

  public MatchQuery query(MatchCriteria criteria, ClientSituation situation, CandidatePool pool, Instant now) {
    Province province = regions.get(criteria.provinceCode());
    MatchQuery plain = new MatchQuery(criteria, situation, province, now, underServed(province, pool));
    return new MatchQuery(criteria, situation, province, now, plain.underServed(), ranking.proximities(plain));
  }

  /** The top k from the narrowed index. */
  public MatchOutcome match(MatchCriteria criteria, ClientSituation situation, CandidatePool pool, Instant now) {
    return match(criteria, situation, pool, now, rules.topK());
  }

  public MatchOutcome match(MatchCriteria criteria, ClientSituation situation, CandidatePool pool, Instant now,
      int k) {
    MatchQuery q = query(criteria, situation, pool, now);
    PriorityQueue<Scored> worstFirst = new PriorityQueue<>(k + 1, BEST_FIRST.reversed());
    for (Candidate c : pool.narrowed(criteria.provinceCode(), criteria.modality(), criteria.ageGroup())) {
      offer(c, q, worstFirst, k);
    }
    // the client's current counsellor is admitted even when full, and full counsellors are not in the buckets
    String current = situation.currentCounselorId();
    if (current != null) {
      pool.get(current).filter(c -> c.activeClients() >= c.weeklyCapacity())
          .ifPresent(c -> offer(c, q, worstFirst, k));
    }
    List<Scored> best = new ArrayList<>(worstFirst);
    best.sort(BEST_FIRST);
    return outcome(best, q, () -> explainEmpty(pool, q));
  }

  private void offer(Candidate c, MatchQuery q, PriorityQueue<Scored> worstFirst, int k) {
    if (!HardConstraints.admitsAll(c, q)) {
      return;
    }
    Scored s = new Scored(c, ranking.score(c, q));
    if (worstFirst.size() < k) {
      worstFirst.add(s);
    } else if (BEST_FIRST.compare(s, worstFirst.peek()) < 0) {
      worstFirst.poll();
      worstFirst.add(s);
    }
  }

  /** The reference: every counsellor known, every constraint, every score, one full sort. */
  public MatchOutcome bruteForce(MatchCriteria criteria, ClientSituation situation, CandidatePool pool,
      Instant now, int k) {
    MatchQuery q = query(criteria, situation, pool, now);
    List<Scored> all = new ArrayList<>();
    for (Candidate c : pool.all()) {
      if (HardConstraints.admitsAll(c, q)) {
        all.add(new Scored(c, ranking.score(c, q)));
      }
    }
    all.sort(BEST_FIRST);
    return outcome(all.subList(0, Math.min(k, all.size())), q, () -> explainEmpty(pool.all(), q));
  }

  private MatchOutcome outcome(List<Scored> best, MatchQuery q, java.util.function.Supplier<Emptied> why) {
    if (best.isEmpty()) {
      return new MatchOutcome(List.of(), why.get(), q.underServed());
    }
    List<RankedCandidate> ranked = new ArrayList<>(best.size());
    for (int i = 0; i < best.size(); i++) {
      Candidate c = best.get(i).candidate();
      ranked.add(new RankedCandidate(c.id(), i + 1, best.get(i).score(), ranking.breakdown(c, q),
          ranking.reason(c, q)));
    }
    return new MatchOutcome(ranked, null, q.underServed());
  }

  /**
   * The same explanation as {@link #explainEmpty(Collection, MatchQuery)} over everyone, from the
   * counsellors covering the province; everyone is scanned only when none of those is practising.
   */
  static Emptied explainEmpty(CandidatePool pool, MatchQuery q) {
    HardConstraint practising = HardConstraints.ALL.get(0);
    List<Candidate> covering = new ArrayList<>(pool.covering(q.province().code()));
    covering.removeIf(c -> !practising.admits(c, q));
    if (covering.isEmpty()) {
      return explainEmpty(pool.all(), q);
    }
    List<HardConstraint> passed = new ArrayList<>(HardConstraints.ALL.subList(0, 2));
    for (HardConstraint constraint : HardConstraints.ALL.subList(2, HardConstraints.ALL.size())) {
      covering.removeIf(c -> !constraint.admits(c, q));
      if (covering.isEmpty()) {
        return new Emptied(constraint.code(), sentence(passed, constraint, q));
      }
      passed.add(constraint);
    }
    throw new IllegalStateException("explained an empty result that is not empty");
  }

  /** Applies the constraints one after another and names the first that leaves nobody. */
  public static Emptied explainEmpty(Collection<Candidate> everyone, MatchQuery q) {
    List<Candidate> remaining = new ArrayList<>(everyone);
    List<HardConstraint> passed = new ArrayList<>();
    for (HardConstraint constraint : HardConstraints.ALL) {
      remaining.removeIf(c -> !constraint.admits(c, q));
      if (remaining.isEmpty()) {
        return new Emptied(constraint.code(), sentence(passed, constraint, q));
      }
      passed.add(constraint);
    }
    throw new IllegalStateException("explained an empty result that is not empty");
  }

  private static String sentence(List<HardConstraint> passed, HardConstraint failed, MatchQuery q) {
    if (passed.isEmpty()) {
      return "No counsellor " + failed.phrase(q) + " at the moment.";
    }
    if (passed.size() == 1) {
      return "No verified counsellor " + failed.phrase(q) + ".";
    }
    StringBuilder s = new StringBuilder("No counsellor licensed for ").append(q.province().label());
    List<String> also = passed.subList(2, passed.size()).stream().map(c -> c.phrase(q)).toList();
    if (!also.isEmpty()) {
      s.append(" who ").append(String.join(" and ", also)).append(",");
    }
    return s.append(' ').append(failed.phrase(q)).append('.').toString();
  }
}
