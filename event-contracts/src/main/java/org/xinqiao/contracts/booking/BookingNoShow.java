package org.xinqiao.contracts.booking;

import java.time.Instant;
import java.util.Objects;

/**
 * A client did not attend a booked session; crisis decides from it whether to follow up. Published
 * as {@code booking.no_show.v1}.
 */
public record BookingNoShow(
    String bookingId,
    String clientId,
    String counselorId,
    String partnerId,
    Instant slotStart,
    Instant recordedAt) {

  public BookingNoShow {
    Objects.requireNonNull(bookingId, "bookingId");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(counselorId, "counselorId");
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(slotStart, "slotStart");
    Objects.requireNonNull(recordedAt, "recordedAt");
  }
}
