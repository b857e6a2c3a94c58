package org.xinqiao.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

  private void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }

  @Test
  void allowsABurstUpToCapacityThenRefuses() {
    TokenBucket bucket = new TokenBucket(3, 1, nanos::get);

    assertThat(bucket.tryConsume().remaining()).isEqualTo(2);
    assertThat(bucket.tryConsume().remaining()).isEqualTo(1);
    assertThat(bucket.tryConsume().allowed()).isTrue();
    TokenBucket.Decision refused = bucket.tryConsume();

    assertThat(refused.allowed()).isFalse();
    assertThat(refused.remaining()).isZero();
    assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(1));
    assertThat(refused.retryAfterSeconds()).isEqualTo(1);
  }

  @Test
  void refillsAtTheConfiguredRate() {
    TokenBucket bucket = new TokenBucket(2, 2, nanos::get);
    bucket.tryConsume();
    bucket.tryConsume();
    assertThat(bucket.tryConsume().allowed()).isFalse();

    advance(Duration.ofMillis(499));
    assertThat(bucket.tryConsume().allowed()).isFalse();

    advance(Duration.ofMillis(1));
    assertThat(bucket.tryConsume().allowed()).isTrue();
    assertThat(bucket.tryConsume().allowed()).isFalse();
  }

  @Test
  void neverHoldsMoreThanItsCapacity() {
    TokenBucket bucket = new TokenBucket(2, 10, nanos::get);
    advance(Duration.ofHours(1));

    assertThat(bucket.tryConsume().allowed()).isTrue();
    assertThat(bucket.tryConsume().allowed()).isTrue();
    assertThat(bucket.tryConsume().allowed()).isFalse();
  }

  @Test
  void retryAfterIsTheTimeUntilTheNextWholeTokenRoundedUpToSeconds() {
    TokenBucket bucket = new TokenBucket(1, 0.25, nanos::get);
    bucket.tryConsume();

    TokenBucket.Decision refused = bucket.tryConsume();
    assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(4));
    assertThat(refused.retryAfterSeconds()).isEqualTo(4);

    advance(Duration.ofMillis(2_500));
    TokenBucket.Decision later = bucket.tryConsume();
    assertThat(later.retryAfter()).isEqualTo(Duration.ofMillis(1_500));
    assertThat(later.retryAfterSeconds()).isEqualTo(2);
  }

  @Test
  void retryAfterIsAtLeastOneSecondForFastBuckets() {
    TokenBucket bucket = new TokenBucket(1, 1000, nanos::get);
    bucket.tryConsume();

    TokenBucket.Decision refused = bucket.tryConsume();

    assertThat(refused.retryAfter()).isEqualTo(Duration.ofMillis(1));
    assertThat(refused.retryAfterSeconds()).isEqualTo(1);
  }

  @Test
  void aRefusedRequestTakesNothing() {
    TokenBucket bucket = new TokenBucket(1, 1, nanos::get);
    bucket.tryConsume();
    for (int i = 0; i < 10; i++) {
      assertThat(bucket.tryConsume().allowed()).isFalse();
    }

    advance(Duration.ofSeconds(1));

    assertThat(bucket.tryConsume().allowed()).isTrue();
  }

  @Test
  void isFullOnlyOnceRefilledToCapacity() {
    TokenBucket bucket = new TokenBucket(2, 1, nanos::get);
    assertThat(bucket.isFull()).isTrue();
    bucket.tryConsume();
    assertThat(bucket.isFull()).isFalse();
    advance(Duration.ofSeconds(1));
    assertThat(bucket.isFull()).isTrue();
  }

  @Test
  void timeGoingBackwardsRefillsNothing() {
    TokenBucket bucket = new TokenBucket(1, 1, nanos::get);
    bucket.tryConsume();
    nanos.addAndGet(-Duration.ofSeconds(5).toNanos());

    assertThat(bucket.tryConsume().allowed()).isFalse();
  }

  @Test
  void concurrentRequestsNeverTakeMoreTokensThanThereAre() throws Exception {
    TokenBucket bucket = new TokenBucket(1_000, 1, nanos::get);
    int threads = 8;
    int attemptsEach = 500;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Callable<Integer> worker = () -> {
          start.await();
          int allowed = 0;
          for (int i = 0; i < attemptsEach; i++) {
            if (bucket.tryConsume().allowed()) {
              allowed++;
            }
          }
          return allowed;
        };
        results.add(pool.submit(worker));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> result : results) {
        total += result.get(30, TimeUnit.SECONDS);
      }
      assertThat(total).isEqualTo(1_000);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rejectsNonsenseLimits() {
    assertThatThrownBy(() -> new TokenBucket(0, 1, nanos::get))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TokenBucket(1, 0, nanos::get))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TokenBucket(1, Double.NaN, nanos::get))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
