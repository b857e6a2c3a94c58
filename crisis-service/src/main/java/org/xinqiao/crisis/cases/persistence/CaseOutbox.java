package org.xinqiao.crisis.cases.persistence;

import java.util.ArrayList;
import java.util.List;
import org.xinqiao.contracts.EventEnvelope;
import org.xinqiao.contracts.EventTypes;
import org.xinqiao.contracts.Topics;
import org.xinqiao.contracts.crisis.CaseOutcome;
import org.xinqiao.contracts.crisis.CaseSource;
import org.xinqiao.contracts.crisis.CrisisCaseAcknowledged;
import org.xinqiao.contracts.crisis.CrisisCaseEscalated;
import org.xinqiao.contracts.crisis.CrisisCaseOpened;
import org.xinqiao.contracts.crisis.CrisisCaseResolved;
import org.xinqiao.contracts.crisis.CrisisPage;
import org.xinqiao.contracts.crisis.CrisisSeverity;
import org.xinqiao.crisis.cases.CaseEvent;
import org.xinqiao.kit.outbox.Outbox;
import org.xinqiao.kit.outbox.OutboxEvent;

/** Turns a case's recorded facts into outbox entries: contract events on crisis.events, pages on crisis.notifications. */
final class CaseOutbox {

  private CaseOutbox() {}

  static List<OutboxEvent> entries(List<CaseEvent> events) {
    List<OutboxEvent> out = new ArrayList<>();
    for (CaseEvent e : events) {
      out.add(entry(e));
    }
    return out;
  }

  private static OutboxEvent entry(CaseEvent event) {
    if (event instanceof CaseEvent.Opened o) {
      return Outbox.entry(Topics.CRISIS, EventEnvelope.of(type(EventTypes.CRISIS_CASE_OPENED), o.caseId(), o.at(),
          new CrisisCaseOpened(o.caseId(), o.clientId(), severity(o.severity()), CaseSource.valueOf(o.source().name()),
              o.regionCode(), o.teamId(), o.at())));
    }
    if (event instanceof CaseEvent.Escalated e) {
      return Outbox.entry(Topics.CRISIS, EventEnvelope.of(type(EventTypes.CRISIS_CASE_ESCALATED), e.caseId(), e.at(),
          new CrisisCaseEscalated(e.caseId(), e.clientId(), severity(e.severity()), e.fromTeamId(), e.toTeamId(),
              e.tier(), e.emergencyStep(), e.at())));
    }
    if (event instanceof CaseEvent.Acknowledged a) {
      return Outbox.entry(Topics.CRISIS, EventEnvelope.of(type(EventTypes.CRISIS_CASE_ACKNOWLEDGED), a.caseId(), a.at(),
          new CrisisCaseAcknowledged(a.caseId(), a.clientId(), a.teamId(), a.responderId(), a.tier(), a.at())));
    }
    if (event instanceof CaseEvent.Resolved r) {
      return Outbox.entry(Topics.CRISIS, EventEnvelope.of(type(EventTypes.CRISIS_CASE_RESOLVED), r.caseId(), r.at(),
          new CrisisCaseResolved(r.caseId(), r.clientId(), CaseOutcome.valueOf(r.outcome().name()), r.at())));
    }
    CaseEvent.Paged p = (CaseEvent.Paged) event;
    return Outbox.entry(Topics.CRISIS_NOTIFICATIONS, EventEnvelope.of(type(EventTypes.CRISIS_PAGE), p.caseId(), p.at(),
        new CrisisPage(p.caseId(), p.teamId(), p.tier(), severity(p.severity()), p.deadline(), p.emergencyStep())));
  }

  private static org.xinqiao.contracts.EventType type(String name) {
    return EventTypes.find(name).orElseThrow();
  }

  private static CrisisSeverity severity(org.xinqiao.crisis.triage.Severity s) {
    return CrisisSeverity.valueOf(s.name());
  }
}
