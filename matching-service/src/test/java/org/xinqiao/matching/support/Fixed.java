package org.xinqiao.matching.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The fixed moment unit tests run at. */
public final class Fixed {

  public static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
  public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private Fixed() {}
}
