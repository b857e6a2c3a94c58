package org.xinqiao.contracts.crisis;

/** What opened a crisis case. */
public enum CaseSource {
  SELF_REPORT,
  PARTNER_REPORT,
  COUNSELOR_REPORT,
  ASSESSMENT,
  NO_SHOW_FOLLOW_UP
}
