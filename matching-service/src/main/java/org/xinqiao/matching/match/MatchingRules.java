package org.xinqiao.matching.match;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.xinqiao.matching.counselor.Approach;

/**
 * The tunable part of matching: factor weights, priors per approach (how well it works online),
 * the supply per 100,000 people below which a province is under-served, and how many to propose.
 */
public record MatchingRules(Map<Factor, Double> weights, Map<Approach, Double> approachPriors,
    double underServedPer100k, int topK) {

  public MatchingRules {
    EnumMap<Factor, Double> w = new EnumMap<>(Factor.class);
    for (Factor f : Factor.values()) {
      double v = Objects.requireNonNullElse(weights.get(f), 0.0);
      if (v < 0) {
        throw new IllegalArgumentException("weight of " + f + " must not be negative");
      }
      w.put(f, v);
    }
    weights = Map.copyOf(w);
    EnumMap<Approach, Double> p = new EnumMap<>(Approach.class);
    for (Approach a : Approach.values()) {
      double v = Objects.requireNonNullElse(approachPriors.get(a), 0.0);
      if (v < 0 || v > 1) {
        throw new IllegalArgumentException("prior of " + a + " must be within [0, 1]");
      }
      p.put(a, v);
    }
    approachPriors = Map.copyOf(p);
    if (underServedPer100k < 0) {
      throw new IllegalArgumentException("under-served threshold must not be negative");
    }
    if (topK < 1 || topK > 50) {
      throw new IllegalArgumentException("top k must be within 1..50");
    }
  }

  /** The defaults: continuity first, then topic fit; CBT, SFBT and narrative favoured online. */
  public static MatchingRules defaults() {
    return new MatchingRules(
        Map.of(Factor.TOPIC_FIT, 0.20, Factor.APPROACH_FIT, 0.15, Factor.CONTINUITY, 0.30, Factor.PROXIMITY, 0.15,
            Factor.EARLIEST_SLOT, 0.08, Factor.SPARE_CAPACITY, 0.04, Factor.GENDER_PREFERENCE, 0.08,
            Factor.POOL_STEWARDSHIP, 0.10),
        Map.of(Approach.CBT, 1.0, Approach.SFBT, 0.9, Approach.NARRATIVE, 0.8, Approach.ACT, 0.5,
            Approach.FAMILY, 0.5, Approach.PSYCHODYNAMIC, 0.4, Approach.EXPRESSIVE_ARTS, 0.3),
        1.0, 5);
  }

  public double weight(Factor f) {
    return weights.get(f);
  }

  public double prior(Approach a) {
    return approachPriors.get(a);
  }
}
