package org.xinqiao.crisis.cases;

import java.time.Instant;
import org.xinqiao.crisis.triage.Severity;
import org.xinqiao.crisis.triage.SignalKind;

/** Facts a case records as it changes; turned into published events in the same write as the change. */
public sealed interface CaseEvent {

  record Opened(String caseId, String clientId, Severity severity, SignalKind source, String regionCode,
      String teamId, Instant at) implements CaseEvent {}

  /** A team was asked to answer; {@code deadline} is null when no further step follows. */
  record Paged(String caseId, String teamId, int tier, Severity severity, Instant deadline, boolean emergencyStep,
      Instant at) implements CaseEvent {}

  record Escalated(String caseId, String clientId, Severity severity, String fromTeamId, String toTeamId, int tier,
      boolean emergencyStep, Instant at) implements CaseEvent {}

  record Acknowledged(String caseId, String clientId, String teamId, String responderId, int tier, Instant at)
      implements CaseEvent {}

  record Resolved(String caseId, String clientId, Outcome outcome, Instant at) implements CaseEvent {}
}
