package org.xinqiao.records.assessment;

import java.util.List;
import java.util.Objects;

/** A versioned set of bands that must cover every possible total of an instrument exactly once. */
public record BandSet(String version, List<Band> bands) {

  public BandSet {
    Objects.requireNonNull(version, "version");
    bands = List.copyOf(Objects.requireNonNull(bands, "bands"));
  }

  /** Refuses a configuration with gaps or overlaps between 0 and {@code maxTotal}. */
  void checkCovers(String name, int maxTotal) {
    int expected = 0;
    for (Band band : bands.stream().sorted((a, b) -> Integer.compare(a.min(), b.min())).toList()) {
      if (band.min() != expected) {
        throw new IllegalStateException("bands of " + name + " leave a gap or overlap at " + expected);
      }
      expected = band.max() + 1;
    }
    if (expected != maxTotal + 1) {
      throw new IllegalStateException("bands of " + name + " end at " + (expected - 1) + ", not " + maxTotal);
    }
  }

  Band bandOf(int total) {
    return bands.stream().filter(b -> total >= b.min() && total <= b.max()).findFirst()
        .orElseThrow(() -> new IllegalStateException("no band for total " + total));
  }
}
