package org.xinqiao.crisis.routing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.xinqiao.crisis.triage.Severity;

/**
 * How one province's cases are routed: its own crisis team (used when no roster shift is on call),
 * the backup teams in order (a neighbour, a macro-area centre, the national centre), and any
 * acknowledgement windows that differ from the network defaults.
 */
public record RegionPlan(String homeTeam, List<String> backups, Map<Severity, Duration> ackDeadlines) {

  public RegionPlan {
    backups = backups == null ? List.of() : List.copyOf(backups);
    ackDeadlines = ackDeadlines == null ? Map.of() : Map.copyOf(ackDeadlines);
  }
}
