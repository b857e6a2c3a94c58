package org.xinqiao.matching.match.messaging;

import java.util.List;
import org.xinqiao.contracts.EventEnvelope;
import org.xinqiao.contracts.EventTypes;
import org.xinqiao.contracts.Topics;
import org.xinqiao.contracts.matching.MatchAccepted;
import org.xinqiao.contracts.matching.MatchProposed;
import org.xinqiao.kit.outbox.Outbox;
import org.xinqiao.kit.outbox.OutboxEvent;
import org.xinqiao.matching.match.MatchEvent;

/** Turns a match request's recorded facts into outbox entries for {@code matching.events}. */
public final class MatchEventMapper {

  private MatchEventMapper() {}

  public static List<OutboxEvent> outbox(List<MatchEvent> events) {
    return events.stream().map(MatchEventMapper::entry).toList();
  }

  static OutboxEvent entry(MatchEvent event) {
    if (event instanceof MatchEvent.Proposed e) {
      return Outbox.entry(Topics.MATCHING, EventEnvelope.of(EventTypes.find(EventTypes.MATCH_PROPOSED).orElseThrow(),
          e.matchId(), e.at(), new MatchProposed(e.matchId(), e.clientId(), e.counselorIds(), e.at())));
    }
    MatchEvent.Accepted e = (MatchEvent.Accepted) event;
    return Outbox.entry(Topics.MATCHING, EventEnvelope.of(EventTypes.find(EventTypes.MATCH_ACCEPTED).orElseThrow(),
        e.matchId(), e.at(), new MatchAccepted(e.matchId(), e.clientId(), e.counselorId(), e.at())));
  }
}
