package org.xinqiao.records.assessment;

import java.util.List;

/** The outcome of scoring: total (null for the C-SSRS screen), band code, risk level, risk flags and the band set version. */
public record Score(Instrument instrument, Integer total, String band, RiskLevel riskLevel, List<String> riskFlags,
    String bandsVersion) {

  public Score {
    riskFlags = List.copyOf(riskFlags);
  }

  public boolean atRisk() {
    return riskLevel == RiskLevel.HIGH || !riskFlags.isEmpty();
  }
}
