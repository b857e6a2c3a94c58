package org.xinqiao.contracts.records;

/** Risk read from an assessment; {@link #HIGH} (or a risk flag) opens a crisis case. */
public enum RiskLevel {
  NONE,
  LOW,
  MODERATE,
  HIGH
}
