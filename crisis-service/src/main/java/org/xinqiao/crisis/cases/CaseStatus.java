package org.xinqiao.crisis.cases;

public enum CaseStatus {
  OPEN,
  RESOLVED
}
