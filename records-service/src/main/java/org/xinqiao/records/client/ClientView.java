package org.xinqiao.records.client;

import java.time.Instant;
import java.util.List;

/** What ordinary reads show of a client: pseudonymous data only, never identity. */
public record ClientView(String id, String partnerId, String partnerRef, String provinceCode, List<String> languages,
    AgeGroup ageGroup, String gender, String status, boolean identityOnFile, Instant registeredAt, Instant erasedAt) {

  ClientView withoutPartnerRef() {
    return new ClientView(id, partnerId, null, provinceCode, languages, ageGroup, gender, status, identityOnFile,
        registeredAt, erasedAt);
  }

  public static ClientView of(ClientRepository.ClientDocument d) {
    Client c = d.toClient();
    return new ClientView(c.id(), c.partnerId(), c.isErased() ? null : c.partnerRef(), c.provinceCode(), c.languages(),
        c.ageGroup(), c.gender(), c.status().name(), d.identity() != null && !d.identity().isEmpty(), c.registeredAt(),
        c.erasedAt());
  }
}
