package org.xinqiao.contracts.booking;

import java.time.Instant;
import java.util.Objects;
import org.xinqiao.contracts.Modality;

/**
 * A session was booked and confirmed for a slot. Published as {@code booking.confirmed.v1}.
 *
 * @param free whether the session is free for the client (paid by an entitlement)
 */
public record BookingConfirmed(
    String bookingId,
    String clientId,
    String counselorId,
    String partnerId,
    Modality modality,
    Instant slotStart,
    Instant slotEnd,
    boolean free,
    Instant confirmedAt) {

  public BookingConfirmed {
    Objects.requireNonNull(bookingId, "bookingId");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(counselorId, "counselorId");
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(slotStart, "slotStart");
    Objects.requireNonNull(slotEnd, "slotEnd");
    Objects.requireNonNull(confirmedAt, "confirmedAt");
    if (!slotEnd.isAfter(slotStart)) {
      throw new IllegalArgumentException("slotEnd must be after slotStart");
    }
  }
}
