package org.xinqiao.matching.match;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Language codes as bits, so that the shared-language check is one AND. The first 63 distinct
 * codes get their own bit; any later code sets the overflow bit, which sends the check to the
 * exact set comparison.
 */
final class LanguageBits {

  static final long OVERFLOW = 1L << 63;
  private static final ConcurrentHashMap<String, Integer> BITS = new ConcurrentHashMap<>();
  private static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger();

  private LanguageBits() {}

  static long of(Set<String> languages) {
    long mask = 0;
    for (String language : languages) {
      Integer bit = BITS.computeIfAbsent(language, k -> {
        int n = NEXT.getAndIncrement();
        return n < 63 ? n : -1;
      });
      mask |= bit < 0 ? OVERFLOW : 1L << bit;
    }
    return mask;
  }
}
