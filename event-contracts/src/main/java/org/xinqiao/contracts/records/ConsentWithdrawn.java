package org.xinqiao.contracts.records;

import java.time.Instant;
import java.util.Objects;
import org.xinqiao.contracts.Modality;

/**
 * A client withdrew a consent; bookings that depend on it are no longer allowed. Published as
 * {@code consent.withdrawn.v1}.
 *
 * @param modality the modality of a SERVICE consent; null for other kinds
 */
public record ConsentWithdrawn(
    String consentId,
    String clientId,
    ConsentKind kind,
    Modality modality,
    Instant withdrawnAt) {

  public ConsentWithdrawn {
    Objects.requireNonNull(consentId, "consentId");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(withdrawnAt, "withdrawnAt");
    if ((kind == ConsentKind.SERVICE) != (modality != null)) {
      throw new IllegalArgumentException(
          "a SERVICE consent names a modality, other kinds do not");
    }
  }
}
