package org.xinqiao.contracts.booking;

import java.time.Instant;
import java.util.Objects;

/**
 * A booked session started. Published as {@code booking.started.v1}.
 */
public record BookingStarted(
    String bookingId,
    String clientId,
    String counselorId,
    Instant startedAt) {

  public BookingStarted {
    Objects.requireNonNull(bookingId, "bookingId");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(counselorId, "counselorId");
    Objects.requireNonNull(startedAt, "startedAt");
  }
}
