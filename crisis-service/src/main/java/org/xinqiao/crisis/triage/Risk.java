package org.xinqiao.crisis.triage;

/** Risk level read from an assessment, lowest first. */
public enum Risk {
  NONE,
  LOW,
  MODERATE,
  HIGH;

  public boolean isAtLeast(Risk other) {
    return ordinal() >= other.ordinal();
  }
}
