package org.xinqiao.contracts.booking;

import java.time.Instant;
import java.util.Objects;

/**
 * A booking moved to another slot with the same counsellor. Published as
 * {@code booking.rescheduled.v1}.
 */
public record BookingRescheduled(
    String bookingId,
    String clientId,
    String counselorId,
    Instant previousSlotStart,
    Instant slotStart,
    Instant slotEnd,
    Instant rescheduledAt) {

  public BookingRescheduled {
    Objects.requireNonNull(bookingId, "bookingId");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(counselorId, "counselorId");
    Objects.requireNonNull(previousSlotStart, "previousSlotStart");
    Objects.requireNonNull(slotStart, "slotStart");
    Objects.requireNonNull(slotEnd, "slotEnd");
    Objects.requireNonNull(rescheduledAt, "rescheduledAt");
    if (!slotEnd.isAfter(slotStart)) {
      throw new IllegalArgumentException("slotEnd must be after slotStart");
    }
  }
}
