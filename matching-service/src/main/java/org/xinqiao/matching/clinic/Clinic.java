package org.xinqiao.matching.clinic;

import java.time.Instant;
import java.util.Objects;

/** A regional clinic that onboards and verifies its counsellors. */
public record Clinic(String id, String name, String provinceCode, Instant registeredAt) {

  public Clinic {
    Objects.requireNonNull(id, "id");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a clinic has a name");
    }
    Objects.requireNonNull(provinceCode, "provinceCode");
    Objects.requireNonNull(registeredAt, "registeredAt");
  }
}
