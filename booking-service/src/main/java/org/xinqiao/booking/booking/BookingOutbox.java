package org.xinqiao.booking.booking;

import java.util.List;
import org.springframework.stereotype.Component;
import org.xinqiao.contracts.EventEnvelope;
import org.xinqiao.contracts.EventTypes;
import org.xinqiao.contracts.Modality;
import org.xinqiao.contracts.Topics;
import org.xinqiao.contracts.booking.BookingCancelled;
import org.xinqiao.contracts.booking.BookingCompleted;
import org.xinqiao.contracts.booking.BookingConfirmed;
import org.xinqiao.contracts.booking.BookingNoShow;
import org.xinqiao.contracts.booking.BookingParty;
import org.xinqiao.contracts.booking.BookingRescheduled;
import org.xinqiao.contracts.booking.BookingStarted;
import org.xinqiao.contracts.booking.SessionInterrupted;
import org.xinqiao.booking.client.Entitlement;
import org.xinqiao.kit.outbox.Outbox;
import org.xinqiao.kit.outbox.OutboxEvent;

/** Turns the aggregate's recorded facts into published events (ids, codes and times only). */
@Component
public class BookingOutbox {

  public List<OutboxEvent> entries(Booking b, List<BookingEvent> events) {
    return events.stream().map(e -> entry(b, e)).toList();
  }

  private OutboxEvent entry(Booking b, BookingEvent e) {
    Object payload;
    String type;
    if (e instanceof BookingEvent.Confirmed c) {
      type = EventTypes.BOOKING_CONFIRMED;
      payload = new BookingConfirmed(b.id(), b.clientId(), b.counselorId(), b.partnerId(),
          Modality.valueOf(b.modality().name()), b.slot().start(), b.slot().end(),
          b.entitlement() != Entitlement.NONE, c.at());
    } else if (e instanceof BookingEvent.Cancelled c) {
      type = EventTypes.BOOKING_CANCELLED;
      payload = new BookingCancelled(b.id(), b.clientId(), b.counselorId(), BookingParty.valueOf(c.by().name()),
          c.reasonCode(), c.late(), c.at());
    } else if (e instanceof BookingEvent.Rescheduled r) {
      type = EventTypes.BOOKING_RESCHEDULED;
      payload = new BookingRescheduled(b.id(), b.clientId(), b.counselorId(), r.previousStart(), b.slot().start(),
          b.slot().end(), r.at());
    } else if (e instanceof BookingEvent.Started s) {
      type = EventTypes.BOOKING_STARTED;
      payload = new BookingStarted(b.id(), b.clientId(), b.counselorId(), s.at());
    } else if (e instanceof BookingEvent.Completed c) {
      type = EventTypes.BOOKING_COMPLETED;
      payload = new BookingCompleted(b.id(), b.clientId(), b.counselorId(), b.partnerId(), c.at());
    } else if (e instanceof BookingEvent.NoShow n) {
      type = EventTypes.BOOKING_NO_SHOW;
      payload = new BookingNoShow(b.id(), b.clientId(), b.counselorId(), b.partnerId(), b.slot().start(), n.at());
    } else if (e instanceof BookingEvent.Interrupted i) {
      type = EventTypes.SESSION_INTERRUPTED;
      payload = new SessionInterrupted(b.id(), b.clientId(), b.counselorId(), b.partnerId(),
          org.xinqiao.contracts.booking.InterruptionCause.valueOf(i.cause().name()), i.lostMinutes(),
          i.makeUpGranted(), i.at());
    } else {
      throw new IllegalArgumentException("unknown event " + e);
    }
    return Outbox.entry(Topics.BOOKING, EventEnvelope.of(type(type), b.id(), e.at(), payload));
  }

  private static org.xinqiao.contracts.EventType type(String name) {
    return EventTypes.find(name).orElseThrow();
  }
}
