package org.xinqiao.contracts.booking;

import java.time.Instant;
import java.util.Objects;

/**
 * A counsellor's free time changed; matching uses it to rank counsellors. Published as
 * {@code availability.changed.v1}.
 *
 * @param nextFreeSlotStart start of the next free slot; null when none is open
 * @param freeSlotsNext14Days free slots in the next 14 days
 */
public record AvailabilityChanged(
    String counselorId,
    Instant nextFreeSlotStart,
    int freeSlotsNext14Days,
    Instant changedAt) {

  public AvailabilityChanged {
    Objects.requireNonNull(counselorId, "counselorId");
    if (freeSlotsNext14Days < 0) {
      throw new IllegalArgumentException("freeSlotsNext14Days must not be negative");
    }
    Objects.requireNonNull(changedAt, "changedAt");
  }
}
