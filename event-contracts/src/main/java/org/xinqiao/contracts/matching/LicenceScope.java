package org.xinqiao.contracts.matching;

import java.util.List;
import java.util.Objects;

/**
 * Where a counsellor's licence allows practice: nationally, or in the listed provinces (GB/T 2260
 * codes). A national scope lists no provinces; a provincial one lists at least one.
 */
public record LicenceScope(boolean national, List<String> provinceCodes) {

  public LicenceScope {
    provinceCodes = List.copyOf(Objects.requireNonNull(provinceCodes, "provinceCodes"));
    if (national != provinceCodes.isEmpty()) {
      throw new IllegalArgumentException(
          "a national scope lists no provinces, a provincial one lists some");
    }
  }

  /** A licence valid in every province. */
  public static LicenceScope nationwide() {
    return new LicenceScope(true, List.of());
  }

  /** A licence valid in the given provinces only. */
  public static LicenceScope provinces(String... provinceCodes) {
    return new LicenceScope(false, List.of(provinceCodes));
  }
}
