package org.xinqiao.contracts.crisis;

import java.time.Instant;
import java.util.Objects;

/**
 * A crisis case was opened and assigned to the on-call team of a region. Published as
 * {@code crisis.case.opened.v1}.
 *
 * @param regionCode GB/T 2260 code of the province whose roster answers
 */
public record CrisisCaseOpened(
    String caseId,
    String clientId,
    CrisisSeverity severity,
    CaseSource source,
    String regionCode,
    String teamId,
    Instant openedAt) {

  public CrisisCaseOpened {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(regionCode, "regionCode");
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(openedAt, "openedAt");
  }
}
