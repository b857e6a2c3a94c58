package org.xinqiao.matching.counselor;

/** A counsellor's gender as shown in the directory. */
public enum Gender {
  FEMALE,
  MALE,
  NON_BINARY
}
