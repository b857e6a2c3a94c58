package org.xinqiao.booking.booking;

import java.time.Instant;
import org.xinqiao.booking.shared.Party;

/** Facts the aggregate records as it changes; the messaging layer turns them into published events. */
public sealed interface BookingEvent {

  Instant at();

  record Confirmed(Instant at) implements BookingEvent {}

  record Cancelled(Party by, String reasonCode, boolean late, Instant at) implements BookingEvent {}

  record Rescheduled(Instant previousStart, Instant at) implements BookingEvent {}

  record Started(Instant at) implements BookingEvent {}

  record Completed(Instant at) implements BookingEvent {}

  record NoShow(Instant at) implements BookingEvent {}

  record Interrupted(InterruptionCause cause, int lostMinutes, boolean makeUpGranted, Instant at) implements BookingEvent {}
}
