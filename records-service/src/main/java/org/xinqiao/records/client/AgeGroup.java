package org.xinqiao.records.client;

/** Coarse age band; a date of birth is never asked for. */
public enum AgeGroup {
  CHILD,
  ADOLESCENT,
  YOUNG_ADULT,
  ADULT,
  OLDER_ADULT
}
