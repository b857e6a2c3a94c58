package org.xinqiao.matching.match;

/** The ranking factors; each scores a candidate in [0, 1] before weighting. */
public enum Factor {
  TOPIC_FIT,
  APPROACH_FIT,
  CONTINUITY,
  PROXIMITY,
  EARLIEST_SLOT,
  SPARE_CAPACITY,
  GENDER_PREFERENCE
}
