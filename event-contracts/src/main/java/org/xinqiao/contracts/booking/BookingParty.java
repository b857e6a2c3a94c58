package org.xinqiao.contracts.booking;

/** Who acted on a booking, e.g. who cancelled it. */
public enum BookingParty {
  CLIENT,
  COUNSELOR,
  PARTNER,
  SYSTEM
}
