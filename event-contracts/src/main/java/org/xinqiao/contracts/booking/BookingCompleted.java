package org.xinqiao.contracts.booking;

import java.time.Instant;
import java.util.Objects;

/**
 * A booked session was held to its end. Published as {@code booking.completed.v1}.
 */
public record BookingCompleted(
    String bookingId,
    String clientId,
    String counselorId,
    String partnerId,
    Instant completedAt) {

  public BookingCompleted {
    Objects.requireNonNull(bookingId, "bookingId");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(counselorId, "counselorId");
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(completedAt, "completedAt");
  }
}
