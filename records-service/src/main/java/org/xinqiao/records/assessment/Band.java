package org.xinqiao.records.assessment;

import java.util.Objects;

/** A severity band of an instrument: totals {@code min..max} inclusive are {@code code}. */
public record Band(String code, int min, int max) {

  public Band {
    Objects.requireNonNull(code, "code");
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("band " + code + " has bounds " + min + ".." + max);
    }
  }
}
