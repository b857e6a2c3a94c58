package org.xinqiao.contracts.crisis;

import java.time.Instant;
import java.util.Objects;

/**
 * A responder took charge of a crisis case. Published as {@code crisis.case.acknowledged.v1}.
 *
 * @param tier tier at which the case was acknowledged
 */
public record CrisisCaseAcknowledged(
    String caseId,
    String clientId,
    String teamId,
    String responderId,
    int tier,
    Instant acknowledgedAt) {

  public CrisisCaseAcknowledged {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(responderId, "responderId");
    if (tier < 1) {
      throw new IllegalArgumentException("tier must be at least 1");
    }
    Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
  }
}
