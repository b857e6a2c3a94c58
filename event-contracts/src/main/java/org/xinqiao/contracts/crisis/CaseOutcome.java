package org.xinqiao.contracts.crisis;

/** How a crisis case ended. */
public enum CaseOutcome {
  SAFE,
  REFERRED_IN_PERSON,
  EMERGENCY_DISPATCHED,
  UNREACHABLE
}
