package org.xinqiao.contracts.records;

import java.time.Instant;
import java.util.Objects;

/**
 * A client's personal data was erased; every service drops what it keeps about the client.
 * Published as {@code client.erased.v1}.
 */
public record ClientErased(
    String clientId,
    String partnerId,
    Instant erasedAt) {

  public ClientErased {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(erasedAt, "erasedAt");
  }
}
