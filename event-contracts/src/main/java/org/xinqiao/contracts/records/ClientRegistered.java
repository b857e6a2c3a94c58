package org.xinqiao.contracts.records;

import java.time.Instant;
import java.util.Objects;

/**
 * A client joined XinQiao through a partner. Carries only the coarse data matching and reporting
 * need. Published as {@code client.registered.v1}.
 *
 * @param provinceCode GB/T 2260 code of the province the client lives in
 */
public record ClientRegistered(
    String clientId,
    String partnerId,
    String provinceCode,
    AgeGroup ageGroup,
    Instant registeredAt) {

  public ClientRegistered {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(provinceCode, "provinceCode");
    Objects.requireNonNull(ageGroup, "ageGroup");
    Objects.requireNonNull(registeredAt, "registeredAt");
  }
}
