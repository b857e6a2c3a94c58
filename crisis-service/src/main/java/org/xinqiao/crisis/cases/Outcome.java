package org.xinqiao.crisis.cases;

/** How a crisis case ended. */
public enum Outcome {
  SAFE,
  REFERRED_IN_PERSON,
  EMERGENCY_DISPATCHED,
  UNREACHABLE
}
