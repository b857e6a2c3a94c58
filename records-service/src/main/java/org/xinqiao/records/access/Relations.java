package org.xinqiao.records.access;

import java.util.Set;

/**
 * What the service knows about the caller's relation to a client: the partner that registered it,
 * whether the calling counsellor holds a live booking with it, whether it consented to supervision,
 * and which teams an open crisis case of the client is routed to.
 */
public record Relations(String clientId, String partnerId, boolean counselorHoldsBooking, boolean supervisionConsent,
    Set<String> openCaseTeams) {

  public Relations {
    openCaseTeams = openCaseTeams == null ? Set.of() : Set.copyOf(openCaseTeams);
  }
}
