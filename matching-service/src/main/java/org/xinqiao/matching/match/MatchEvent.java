package org.xinqiao.matching.match;

import java.time.Instant;
import java.util.List;

/** Facts a match request records; the messaging layer publishes them. */
public sealed interface MatchEvent {

  String matchId();

  record Proposed(String matchId, String clientId, List<String> counselorIds, Instant at) implements MatchEvent {}

  record Accepted(String matchId, String clientId, String counselorId, Instant at) implements MatchEvent {}
}
