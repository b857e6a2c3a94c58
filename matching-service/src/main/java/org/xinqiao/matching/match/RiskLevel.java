package org.xinqiao.matching.match;

/** The client's latest screened risk, as the records service scored it. */
public enum RiskLevel {
  NONE,
  LOW,
  MODERATE,
  HIGH;

  public boolean atLeast(RiskLevel other) {
    return compareTo(other) >= 0;
  }
}
