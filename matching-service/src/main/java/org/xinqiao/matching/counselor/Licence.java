package org.xinqiao.matching.counselor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * A practising licence: its number, where it allows practice (the whole country, or listed
 * provinces) and the last day it is valid. A licence is valid until the end of its expiry date in
 * China Standard Time.
 */
public record Licence(String number, boolean national, Set<String> provinceCodes, LocalDate expiresOn) {

  public static final ZoneId LICENSING_ZONE = ZoneId.of("Asia/Shanghai");

  public Licence {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(expiresOn, "expiresOn");
    provinceCodes = Set.copyOf(provinceCodes);
    if (national != provinceCodes.isEmpty()) {
      throw new IllegalArgumentException("a national licence lists no provinces, a provincial one lists some");
    }
  }

  public boolean covers(String provinceCode) {
    return national || provinceCodes.contains(provinceCode);
  }

  public boolean validOn(Instant now) {
    return !LocalDate.ofInstant(now, LICENSING_ZONE).isAfter(expiresOn);
  }

  public Licence renewedUntil(LocalDate newExpiry) {
    return new Licence(number, national, provinceCodes, newExpiry);
  }
}
