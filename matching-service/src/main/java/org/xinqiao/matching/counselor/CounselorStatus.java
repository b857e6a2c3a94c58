package org.xinqiao.matching.counselor;

/** Where a counsellor is in onboarding and practice. */
public enum CounselorStatus {
  PENDING_VERIFICATION,
  VERIFIED,
  REJECTED,
  SUSPENDED
}
