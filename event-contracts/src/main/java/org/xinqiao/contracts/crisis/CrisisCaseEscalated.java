package org.xinqiao.contracts.crisis;

import java.time.Instant;
import java.util.Objects;

/**
 * A crisis case was not acknowledged in time and moved up a tier. Published as
 * {@code crisis.case.escalated.v1}.
 *
 * @param toTeamId team now responsible; null when no further team exists
 * @param tier escalation tier reached, 1 being the first team
 * @param emergencyStep whether this step calls on emergency services
 */
public record CrisisCaseEscalated(
    String caseId,
    String clientId,
    CrisisSeverity severity,
    String fromTeamId,
    String toTeamId,
    int tier,
    boolean emergencyStep,
    Instant escalatedAt) {

  public CrisisCaseEscalated {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(fromTeamId, "fromTeamId");
    if (tier < 1) {
      throw new IllegalArgumentException("tier must be at least 1");
    }
    Objects.requireNonNull(escalatedAt, "escalatedAt");
  }
}
