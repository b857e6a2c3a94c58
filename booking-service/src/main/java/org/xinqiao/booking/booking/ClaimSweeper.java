package org.xinqiao.booking.booking;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xinqiao.booking.availability.SlotClaims;
import org.xinqiao.booking.client.ClientStore;
import org.xinqiao.booking.client.Entitlement;
import org.xinqiao.booking.config.BookingProperties;

/**
 * Releases claims an instance left behind when it died between claiming a slot and writing the
 * booking (or between moving/cancelling a booking and releasing the old slot): a claim older than
 * the grace period whose booking does not exist, no longer holds a slot, or holds another start is
 * freed, together with the client's hold for it. Without transactions this is the repair step.
 */
@Component
public class ClaimSweeper {

  private static final Logger log = LoggerFactory.getLogger(ClaimSweeper.class);
  private static final int BATCH = 500;

  private final SlotClaims slots;
  private final BookingStore bookings;
  private final ClientStore clients;
  private final BookingProperties props;
  private final Clock clock;

  public ClaimSweeper(SlotClaims slots, BookingStore bookings, ClientStore clients, BookingProperties props, Clock clock) {
    this.slots = slots;
    this.bookings = bookings;
    this.clients = clients;
    this.props = props;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${xinqiao.booking.sweep-interval:60s}", initialDelayString = "${xinqiao.booking.sweep-interval:60s}")
  public int sweep() {
    Instant now = clock.instant();
    int released = 0;
    for (SlotClaims.Claim c : slots.olderThan(now.minus(props.claimGrace()), now, BATCH)) {
      boolean live = bookings.find(c.bookingId())
          .filter(b -> b.status().holdsSlot() && b.slot().start().equals(c.start()))
          .isPresent();
      if (!live) {
        slots.release(c.counselorId(), c.start(), c.bookingId());
        if (c.clientId() != null) {
          clients.release(c.clientId(), c.bookingId(), c.start(), Entitlement.NONE);
        }
        released++;
      }
    }
    if (released > 0) {
      log.warn("released {} orphaned slot claims", released);
    }
    return released;
  }
}
