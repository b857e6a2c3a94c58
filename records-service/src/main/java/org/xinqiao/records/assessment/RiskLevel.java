package org.xinqiao.records.assessment;

/** Risk read from a screening; HIGH or any risk flag is what the crisis pathway acts on. */
public enum RiskLevel {
  NONE,
  LOW,
  MODERATE,
  HIGH
}
