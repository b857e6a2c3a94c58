package org.xinqiao.matching.match;

/** The ranking factors; each scores a candidate in [0, 1] before weighting. */
public enum Factor {
  TOPIC_FIT,
  APPROACH_FIT,
  CONTINUITY,
  PROXIMITY,
  EARLIEST_SLOT,
  SPARE_CAPACITY,
  GENDER_PREFERENCE,
  /**
   * Keeps nationally licensed counsellors for the provinces that need them: 1 unless the client's
   * province is well served and the counsellor holds a national licence.
   */
  POOL_STEWARDSHIP
}
