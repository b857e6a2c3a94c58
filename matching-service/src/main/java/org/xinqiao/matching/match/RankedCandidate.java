package org.xinqiao.matching.match;

import java.util.Map;

/** A proposed counsellor with their rank (1 = best), total score, per-factor breakdown and reason. */
public record RankedCandidate(String counselorId, int rank, double score, Map<Factor, Double> breakdown,
    String reason) {

  public RankedCandidate {
    breakdown = Map.copyOf(breakdown);
  }
}
