package org.xinqiao.booking.booking;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Counters for ops: claims by outcome, transitions by status, interruptions by cause and partner. No personal data in tags. */
@Component
public class BookingMetrics {

  private final MeterRegistry registry;

  public BookingMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  public void claim(String outcome) {
    Counter.builder("xinqiao.booking.claims").description("Slot claims by outcome").tag("outcome", outcome)
        .register(registry).increment();
  }

  public void transition(BookingStatus to) {
    Counter.builder("xinqiao.booking.transitions").description("Booking lifecycle transitions")
        .tag("status", to.name()).register(registry).increment();
  }

  public void interruption(InterruptionCause cause, String partnerId, boolean makeUpGranted) {
    Counter.builder("xinqiao.booking.interruptions").description("Recorded session interruptions")
        .tag("cause", cause.name()).tag("partner", partnerId).register(registry).increment();
    if (makeUpGranted) {
      Counter.builder("xinqiao.booking.makeup.granted").description("Make-up sessions granted")
          .tag("partner", partnerId).register(registry).increment();
    }
  }
}
