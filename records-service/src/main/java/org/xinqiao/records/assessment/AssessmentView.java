package org.xinqiao.records.assessment;

import java.time.Instant;
import java.util.List;

/** A stored score as shown to the client, its partner or its counsellor (answers are not shown). */
public record AssessmentView(String id, String clientId, Instrument instrument, Integer total, String band,
    RiskLevel riskLevel, List<String> riskFlags, String bandsVersion, Instant scoredAt) {

  public static AssessmentView of(AssessmentRepository.AssessmentDocument d) {
    return new AssessmentView(d.id(), d.clientId(), Instrument.valueOf(d.instrument()), d.total(), d.band(),
        RiskLevel.valueOf(d.riskLevel()), d.riskFlags(), d.bandsVersion(), d.scoredAt());
  }
}
