package org.xinqiao.contracts.records;

import java.time.Instant;
import java.util.Objects;
import org.xinqiao.contracts.Modality;

/**
 * A client granted a consent for the current version of a consent document. Published as
 * {@code consent.granted.v1}.
 *
 * @param modality the modality a SERVICE consent covers; null for other kinds
 * @param documentVersion version of the consent document the client agreed to
 */
public record ConsentGranted(
    String consentId,
    String clientId,
    ConsentKind kind,
    Modality modality,
    String documentVersion,
    Instant grantedAt) {

  public ConsentGranted {
    Objects.requireNonNull(consentId, "consentId");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(documentVersion, "documentVersion");
    Objects.requireNonNull(grantedAt, "grantedAt");
    if ((kind == ConsentKind.SERVICE) != (modality != null)) {
      throw new IllegalArgumentException(
          "a SERVICE consent names a modality, other kinds do not");
    }
  }
}
