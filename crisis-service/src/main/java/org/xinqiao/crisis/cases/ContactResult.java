package org.xinqiao.crisis.cases;

public enum ContactResult {
  REACHED,
  NO_ANSWER,
  DECLINED,
  WRONG_NUMBER,
  LEFT_MESSAGE
}
