package org.xinqiao.matching.counselor;

/** What clients bring to counselling. */
public enum Topic {
  MARRIAGE_FAMILY,
  PARENT_CHILD,
  INTERPERSONAL,
  RELATIONSHIPS,
  ACADEMIC_STRESS,
  WORK_STRESS,
  GRIEF,
  TRAUMA,
  SLEEP
}
