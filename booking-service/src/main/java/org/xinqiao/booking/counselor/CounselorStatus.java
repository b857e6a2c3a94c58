package org.xinqiao.booking.counselor;

/** Where a counsellor stands in matching's verification, as far as booking knows. */
public enum CounselorStatus {
  UNKNOWN,
  ONBOARDED,
  VERIFIED,
  REJECTED
}
