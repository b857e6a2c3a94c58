package org.xinqiao.booking.shared;

/** Who acted on a booking. A clinic-admin acts on the counsellor's side. */
public enum Party {
  CLIENT,
  PARTNER,
  COUNSELOR,
  SYSTEM
}
