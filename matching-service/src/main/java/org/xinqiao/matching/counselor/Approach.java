package org.xinqiao.matching.counselor;

/** Therapeutic approaches a counsellor practises. */
public enum Approach {
  CBT,
  SFBT,
  NARRATIVE,
  PSYCHODYNAMIC,
  ACT,
  FAMILY,
  EXPRESSIVE_ARTS
}
