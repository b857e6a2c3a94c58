package org.xinqiao.contracts.booking;

import java.time.Instant;
import java.util.Objects;

/**
 * A booking was cancelled. Published as {@code booking.cancelled.v1}.
 *
 * @param reasonCode why, e.g. {@code CLIENT_REQUEST}, {@code COUNSELOR_SUSPENDED},
 *     {@code CONSENT_WITHDRAWN}
 * @param late whether it was cancelled inside the late-cancellation window
 */
public record BookingCancelled(
    String bookingId,
    String clientId,
    String counselorId,
    BookingParty cancelledBy,
    String reasonCode,
    boolean late,
    Instant cancelledAt) {

  public BookingCancelled {
    Objects.requireNonNull(bookingId, "bookingId");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(counselorId, "counselorId");
    Objects.requireNonNull(cancelledBy, "cancelledBy");
    Objects.requireNonNull(reasonCode, "reasonCode");
    Objects.requireNonNull(cancelledAt, "cancelledAt");
  }
}
