package org.xinqiao.contracts.records;

/** Coarse age band of a client; the date of birth never leaves the records service. */
public enum AgeGroup {
  CHILD,
  ADOLESCENT,
  YOUNG_ADULT,
  ADULT,
  OLDER_ADULT
}
