package org.xinqiao.crisis.cases.web;

import java.time.Instant;
import java.util.List;
import org.xinqiao.crisis.cases.CrisisCase;
import org.xinqiao.crisis.cases.TimelineEntry;

/** What the case endpoints answer. */
final class CaseViews {

  private CaseViews() {}

  /** A case as its responders see it. */
  record CaseView(String id, String clientId, String severity, String source, String status, String regionCode,
      int tier, String currentTeamId, List<String> routedTeamIds, boolean emergencyStepReached,
      Instant emergencyRequestedAt, Instant openedAt, Instant nextDeadline, Instant acknowledgedAt,
      String acknowledgedBy, int contactAttempts, String outcome, Instant resolvedAt) {

    static CaseView of(CrisisCase c) {
      return new CaseView(c.id(), c.clientId(), c.severity().name(), c.source().name(), c.status().name(),
          c.regionCode(), c.tier(), c.currentTeam(), List.copyOf(c.routedTeams()), c.isEmergencyStepReached(),
          c.emergencyRequestedAt(), c.openedAt(), c.nextDeadline(), c.acknowledgedAt(), c.acknowledgedBy(),
          c.contactAttempts(), c.outcome() == null ? null : c.outcome().name(), c.resolvedAt());
    }
  }

  /** A case as ops see it: routing and timing, no client, no source, no outcome. */
  record OpsCaseView(String id, String severity, String status, String regionCode, int tier, String currentTeamId,
      boolean emergencyStepReached, Instant openedAt, Instant nextDeadline, Instant acknowledgedAt,
      Instant resolvedAt) {

    static OpsCaseView of(CrisisCase c) {
      return new OpsCaseView(c.id(), c.severity().name(), c.status().name(), c.regionCode(), c.tier(),
          c.currentTeam(), c.isEmergencyStepReached(), c.openedAt(), c.nextDeadline(), c.acknowledgedAt(),
          c.resolvedAt());
    }
  }

  record PageView<T>(List<T> items, int page, int size, long total) {}

  record TimelineView(String caseId, List<Step> steps) {

    record Step(Instant at, String kind, int tier, String teamId, String actor, String detail) {}

    static TimelineView of(CrisisCase c, boolean withDetail) {
      return new TimelineView(c.id(), c.timeline().stream().map(t -> step(t, withDetail)).toList());
    }

    private static Step step(TimelineEntry t, boolean withDetail) {
      return new Step(t.at(), t.kind().name(), t.tier(), t.teamId(), withDetail ? t.actor() : null,
          withDetail ? t.detail() : null);
    }
  }
}
