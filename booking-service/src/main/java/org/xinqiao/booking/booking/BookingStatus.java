package org.xinqiao.booking.booking;

/** The lifecycle: CONFIRMED, then STARTED and COMPLETED, or CANCELLED, or NO_SHOW. */
public enum BookingStatus {
  CONFIRMED,
  STARTED,
  COMPLETED,
  CANCELLED,
  NO_SHOW;

  /** Whether the booking still holds its slot. */
  public boolean holdsSlot() {
    return this == CONFIRMED || this == STARTED || this == COMPLETED || this == NO_SHOW;
  }
}
