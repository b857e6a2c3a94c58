package org.xinqiao.contracts.matching;

import java.time.Instant;
import java.util.Objects;

/**
 * A client accepted one of the proposed counsellors. Published as {@code match.accepted.v1}.
 */
public record MatchAccepted(
    String matchId,
    String clientId,
    String counselorId,
    Instant acceptedAt) {

  public MatchAccepted {
    Objects.requireNonNull(matchId, "matchId");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(counselorId, "counselorId");
    Objects.requireNonNull(acceptedAt, "acceptedAt");
  }
}
