package org.xinqiao.matching.counselor;

/** Coarse age bands a counsellor works with and a client belongs to. */
public enum AgeGroup {
  CHILD,
  ADOLESCENT,
  YOUNG_ADULT,
  ADULT,
  OLDER_ADULT
}
