package org.xinqiao.booking.booking.web;

import java.time.Instant;
import java.util.List;
import org.xinqiao.booking.booking.Booking;

/** A booking as its parties see it. Times are UTC instants. */
public record BookingView(
    String id,
    String clientId,
    String counselorId,
    String modality,
    Instant slotStart,
    Instant slotEnd,
    String status,
    String entitlement,
    Instant createdAt,
    CancellationView cancellation,
    Instant startedAt,
    Instant completedAt,
    Instant noShowAt,
    List<InterruptionView> interruptions,
    boolean makeUpGranted) {

  public record CancellationView(String by, String reasonCode, boolean late, Instant at) {}

  public record InterruptionView(Instant start, Instant end, String cause, int lostMinutes) {}

  static BookingView of(Booking b) {
    var c = b.cancellation();
    return new BookingView(b.id(), b.clientId(), b.counselorId(), b.modality().name(), b.slot().start(), b.slot().end(),
        b.status().name(), b.entitlement().name(), b.createdAt(),
        c == null ? null : new CancellationView(c.by().name(), c.reasonCode(), c.late(), c.at()),
        b.startedAt(), b.completedAt(), b.noShowAt(),
        b.interruptions().stream().map(i -> new InterruptionView(i.start(), i.end(), i.cause().name(), i.lostMinutes())).toList(),
        b.makeUpGranted());
  }
}
