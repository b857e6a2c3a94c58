package org.xinqiao.crisis.cases;

public enum ContactChannel {
  PHONE,
  SMS,
  APP_MESSAGE,
  VIDEO,
  EMERGENCY_CONTACT
}
