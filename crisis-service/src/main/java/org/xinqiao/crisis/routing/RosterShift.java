package org.xinqiao.crisis.routing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A crisis team on call for a region from {@code startsAt} (inclusive) to {@code endsAt} (exclusive). */
public record RosterShift(String teamId, List<String> responderIds, Instant startsAt, Instant endsAt) {

  public RosterShift {
    Objects.requireNonNull(teamId, "teamId");
    responderIds = responderIds == null ? List.of() : List.copyOf(responderIds);
    Objects.requireNonNull(startsAt, "startsAt");
    Objects.requireNonNull(endsAt, "endsAt");
  }

  public boolean covers(Instant t) {
    return !t.isBefore(startsAt) && t.isBefore(endsAt);
  }
}
