package org.xinqiao.contracts.records;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A screening was scored. Carries the score, band, risk level and risk flag codes; never the
 * answers. Published as {@code assessment.scored.v1}.
 *
 * @param total total score; null for the C-SSRS screen
 * @param band severity band code of the instrument, e.g. {@code moderate}
 * @param riskFlags risk flag codes, e.g. {@code PHQ9_ITEM9_POSITIVE}; empty when none
 */
public record AssessmentScored(
    String assessmentId,
    String clientId,
    Instrument instrument,
    Integer total,
    String band,
    RiskLevel riskLevel,
    List<String> riskFlags,
    String provinceCode,
    Instant scoredAt) {

  public AssessmentScored {
    Objects.requireNonNull(assessmentId, "assessmentId");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(instrument, "instrument");
    if (total != null && total < 0) {
      throw new IllegalArgumentException("total must not be negative");
    }
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(riskLevel, "riskLevel");
    riskFlags = List.copyOf(Objects.requireNonNull(riskFlags, "riskFlags"));
    Objects.requireNonNull(provinceCode, "provinceCode");
    Objects.requireNonNull(scoredAt, "scoredAt");
    if (!instrument.accepts(total)) {
      throw new IllegalArgumentException(instrument + " cannot score " + total);
    }
  }
}
