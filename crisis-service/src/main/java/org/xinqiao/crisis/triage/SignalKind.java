package org.xinqiao.crisis.triage;

/** Where a crisis signal came from. */
public enum SignalKind {
  SELF_REPORT,
  PARTNER_REPORT,
  COUNSELOR_REPORT,
  ASSESSMENT,
  NO_SHOW_FOLLOW_UP;

  public boolean isReport() {
    return this == SELF_REPORT || this == PARTNER_REPORT || this == COUNSELOR_REPORT;
  }
}
