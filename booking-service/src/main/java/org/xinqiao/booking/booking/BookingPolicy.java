package org.xinqiao.booking.booking;

import java.time.Duration;

/**
 * The time rules of the lifecycle: cancellations by the client side inside {@code lateCancellation}
 * before the start are late; a session may start {@code earlyStart} before its slot; a no-show may be
 * recorded {@code noShowGrace} after the start; lost minutes at or over {@code makeUpThreshold} earn
 * one make-up session.
 */
public record BookingPolicy(Duration lateCancellation, Duration earlyStart, Duration noShowGrace, Duration makeUpThreshold) {

  public static BookingPolicy standard() {
    return new BookingPolicy(Duration.ofHours(24), Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(10));
  }
}
