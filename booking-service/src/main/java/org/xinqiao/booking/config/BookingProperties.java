package org.xinqiao.booking.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.xinqiao.booking.booking.BookingPolicy;

/**
 * Booking rules an operator may tune.
 *
 * @param freeSessions free first sessions every client starts with
 * @param weeklyCapacity sessions a counsellor takes per week (matching's contract carries no capacity, so one default applies to all)
 * @param maxSlotRange longest range a slot query may ask for
 * @param maxPageSize largest page of a list
 * @param claimGrace how old a claim without its booking must be before a sweep releases it
 */
@ConfigurationProperties("xinqiao.booking")
public record BookingProperties(
    @DefaultValue("1") int freeSessions,
    @DefaultValue("30") int weeklyCapacity,
    @DefaultValue("24h") Duration lateCancellation,
    @DefaultValue("10m") Duration earlyStart,
    @DefaultValue("15m") Duration noShowGrace,
    @DefaultValue("10m") Duration makeUpThreshold,
    @DefaultValue("31d") Duration maxSlotRange,
    @DefaultValue("100") int maxPageSize,
    @DefaultValue("2m") Duration claimGrace) {

  public BookingPolicy policy() {
    return new BookingPolicy(lateCancellation, earlyStart, noShowGrace, makeUpThreshold);
  }
}
