package org.xinqiao.contracts.booking;

import java.time.Instant;
import java.util.Objects;

/**
 * A session was interrupted, possibly with a make-up session granted. Published as
 * {@code session.interrupted.v1}.
 *
 * @param lostMinutes session minutes lost
 * @param makeUpGranted whether the client gets a make-up session
 */
public record SessionInterrupted(
    String bookingId,
    String clientId,
    String counselorId,
    String partnerId,
    InterruptionCause cause,
    int lostMinutes,
    boolean makeUpGranted,
    Instant interruptedAt) {

  public SessionInterrupted {
    Objects.requireNonNull(bookingId, "bookingId");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(counselorId, "counselorId");
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(cause, "cause");
    if (lostMinutes < 0) {
      throw new IllegalArgumentException("lostMinutes must not be negative");
    }
    Objects.requireNonNull(interruptedAt, "interruptedAt");
  }
}
