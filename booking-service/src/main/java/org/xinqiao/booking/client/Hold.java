package org.xinqiao.booking.client;

import java.time.Instant;

/** A time a client has promised to a booking; no two holds of one client overlap (except one booking's own). */
public record Hold(String bookingId, Instant start, Instant end) {

  boolean overlaps(Instant otherStart, Instant otherEnd) {
    return start.isBefore(otherEnd) && otherStart.isBefore(end);
  }
}
