package org.xinqiao.contracts.crisis;

import java.time.Instant;
import java.util.Objects;

/**
 * A crisis case was closed with an outcome. Published as {@code crisis.case.resolved.v1}.
 */
public record CrisisCaseResolved(
    String caseId,
    String clientId,
    CaseOutcome outcome,
    Instant resolvedAt) {

  public CrisisCaseResolved {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(resolvedAt, "resolvedAt");
  }
}
