package org.xinqiao.contracts.matching;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Matching proposed counsellors to a client, best match first. Published as
 * {@code match.proposed.v1}.
 *
 * @param counselorIds proposed counsellors, best match first
 */
public record MatchProposed(
    String matchId,
    String clientId,
    List<String> counselorIds,
    Instant proposedAt) {

  public MatchProposed {
    Objects.requireNonNull(matchId, "matchId");
    Objects.requireNonNull(clientId, "clientId");
    counselorIds = List.copyOf(Objects.requireNonNull(counselorIds, "counselorIds"));
    Objects.requireNonNull(proposedAt, "proposedAt");
  }
}
