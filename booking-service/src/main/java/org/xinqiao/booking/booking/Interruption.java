package org.xinqiao.booking.booking;

import java.time.Instant;

/** A technical interruption of a session and the session minutes it cost. */
public record Interruption(Instant start, Instant end, InterruptionCause cause, int lostMinutes, Instant recordedAt) {}
