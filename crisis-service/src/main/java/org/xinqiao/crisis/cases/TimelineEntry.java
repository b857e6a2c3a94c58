package org.xinqiao.crisis.cases;

import java.time.Instant;

/**
 * One step in a case's history. Codes only: no notes, no answers.
 *
 * @param actor the responder id, or {@code system} for steps the service took itself
 * @param detail a code that qualifies the step (severity, outcome, contact result), or null
 */
public record TimelineEntry(Instant at, Kind kind, int tier, String teamId, String actor, String detail) {

  public enum Kind {
    OPENED,
    PAGED,
    SIGNAL_JOINED,
    SEVERITY_RAISED,
    DEADLINE_MISSED,
    ESCALATED,
    EMERGENCY_REQUESTED,
    ACKNOWLEDGED,
    CONTACT_ATTEMPT,
    RESOLVED
  }

  public static final String SYSTEM = "system";
}
