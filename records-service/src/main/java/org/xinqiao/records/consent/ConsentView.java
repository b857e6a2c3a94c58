package org.xinqiao.records.consent;

import java.time.Instant;

/** A consent as shown to its client, partner or counsellor; {@code valid} says whether it counts now. */
public record ConsentView(String id, String clientId, ConsentKind kind, Modality modality, String documentId,
    String documentVersion, Instant grantedAt, Instant withdrawnAt, boolean valid) {

  static ConsentView of(Consent c, ConsentCatalogue catalogue) {
    return new ConsentView(c.id(), c.clientId(), c.kind(), c.modality(), c.documentId(), c.documentVersion(),
        c.grantedAt(), c.withdrawnAt(), c.isValidAgainst(catalogue.current(c.kind(), c.modality()).orElse(null)));
  }
}
