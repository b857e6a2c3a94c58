package org.xinqiao.gateway.ratelimit;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A token bucket: it holds up to {@code capacity} tokens (the burst), gains
 * {@code refillPerSecond} tokens per second, and each request takes one. Time comes from the
 * monotonic nanosecond source passed in ({@code System::nanoTime} in production, a hand-moved one
 * in tests), never from the wall clock, so clock adjustments cannot refill or drain it.
 *
 * <p>Thread-safe: the few arithmetic steps of a decision run under the bucket's own lock, so two
 * requests of one client can never both take the last token; requests of different clients never
 * contend.
 */
public final class TokenBucket {

  private static final double NANOS_PER_SECOND = 1_000_000_000d;

  private final long capacity;
  private final double refillPerSecond;
  private final LongSupplier nanoTime;

  private double tokens;
  private long lastRefillNanos;

  public TokenBucket(long capacity, double refillPerSecond, LongSupplier nanoTime) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    if (!(refillPerSecond > 0) || Double.isInfinite(refillPerSecond)) {
      throw new IllegalArgumentException("refillPerSecond must be positive, was " + refillPerSecond);
    }
    this.capacity = capacity;
    this.refillPerSecond = refillPerSecond;
    this.nanoTime = nanoTime;
    this.tokens = capacity;
    this.lastRefillNanos = nanoTime.getAsLong();
  }

  /** Takes one token if there is one; otherwise says how long until there will be. */
  public synchronized Decision tryConsume() {
    refill();
    if (tokens >= 1d) {
      tokens -= 1d;
      return new Decision(true, (long) Math.floor(tokens), Duration.ZERO);
    }
    double missing = 1d - tokens;
    long waitNanos = (long) Math.ceil(missing * NANOS_PER_SECOND / refillPerSecond);
    return new Decision(false, 0, Duration.ofNanos(Math.max(1, waitNanos)));
  }

  /** Whether the bucket is back at capacity, i.e. indistinguishable from a new one. */
  public synchronized boolean isFull() {
    refill();
    return tokens >= capacity;
  }

  public long capacity() {
    return capacity;
  }

  public double refillPerSecond() {
    return refillPerSecond;
  }

  private void refill() {
    long now = nanoTime.getAsLong();
    long elapsed = now - lastRefillNanos;
    if (elapsed > 0) {
      tokens = Math.min(capacity, tokens + elapsed * refillPerSecond / NANOS_PER_SECOND);
      lastRefillNanos = now;
    }
  }

  /**
   * The outcome of one request.
   *
   * @param allowed whether the request may go on
   * @param remaining whole tokens left after it
   * @param retryAfter when refused, how long until a token is available
   */
  public record Decision(boolean allowed, long remaining, Duration retryAfter) {

    /** {@code Retry-After} in whole seconds, rounded up and at least 1. */
    public long retryAfterSeconds() {
      long seconds = retryAfter.toSeconds();
      if (retryAfter.toNanosPart() > 0) {
        seconds++;
      }
      return Math.max(1, seconds);
    }
  }
}
