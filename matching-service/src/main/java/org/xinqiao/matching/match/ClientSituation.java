package org.xinqiao.matching.match;

import java.util.Objects;
import java.util.Set;

/**
 * What matching knows about a client from events: the latest risk level (NONE until a screening is
 * scored), the counsellor of their latest confirmed booking and the counsellors they saw before.
 */
public record ClientSituation(RiskLevel riskLevel, String currentCounselorId, Set<String> pastCounselorIds) {

  public static final ClientSituation UNKNOWN = new ClientSituation(RiskLevel.NONE, null, Set.of());

  public ClientSituation {
    Objects.requireNonNull(riskLevel, "riskLevel");
    pastCounselorIds = Set.copyOf(pastCounselorIds);
  }
}
