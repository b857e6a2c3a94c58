package org.xinqiao.crisis.triage;

/** Urgency of a crisis case, most urgent first. */
public enum Severity {
  IMMINENT,
  HIGH,
  MODERATE,
  LOW;

  /** Whether this severity is more urgent than {@code other}. */
  public boolean isMoreUrgentThan(Severity other) {
    return other == null || ordinal() < other.ordinal();
  }

  public static Severity mostUrgent(Severity a, Severity b) {
    if (a == null) {
      return b;
    }
    return b != null && b.isMoreUrgentThan(a) ? b : a;
  }
}
