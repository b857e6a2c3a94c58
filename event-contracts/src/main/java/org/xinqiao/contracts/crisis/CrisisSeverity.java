package org.xinqiao.contracts.crisis;

/** Urgency of a crisis case, most urgent first. */
public enum CrisisSeverity {
  IMMINENT,
  HIGH,
  MODERATE,
  LOW
}
