package org.xinqiao.booking.availability;

import java.time.Instant;
import org.springframework.stereotype.Component;
import org.xinqiao.contracts.EventEnvelope;
import org.xinqiao.contracts.EventTypes;
import org.xinqiao.contracts.Topics;
import org.xinqiao.contracts.booking.AvailabilityChanged;
import org.xinqiao.kit.outbox.Outbox;
import org.xinqiao.kit.outbox.OutboxEvent;

/** The {@code availability.changed.v1} announcement for matching. */
@Component
public class AvailabilityOutbox {

  public OutboxEvent availabilityChanged(String counselorId, Instant nextFree, int freeNext14Days, Instant at) {
    return Outbox.entry(Topics.BOOKING, EventEnvelope.of(EventTypes.find(EventTypes.AVAILABILITY_CHANGED).orElseThrow(),
        counselorId, at, new AvailabilityChanged(counselorId, nextFree, freeNext14Days, at)));
  }
}
