package org.xinqiao.contracts.crisis;

import java.time.Instant;
import java.util.Objects;

/**
 * A crisis team is paged: the home team when a case opens, the next team on the ladder when a tier
 * misses its deadline, the current team again when a joined signal raises the severity. Published
 * on {@code crisis.notifications} as {@code crisis.page.v1} for responder apps. Ids and codes only.
 *
 * @param tier the escalation tier paged, 1 being the home team
 * @param deadline when this tier must have acknowledged; null at the emergency step
 * @param emergencyStep whether emergency services were requested with this page
 */
public record CrisisPage(
    String caseId,
    String teamId,
    int tier,
    CrisisSeverity severity,
    Instant deadline,
    boolean emergencyStep) {

  public CrisisPage {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(severity, "severity");
    if (tier < 1) {
      throw new IllegalArgumentException("tier must be at least 1");
    }
  }
}
