package org.xinqiao.crisis.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinqiao.crisis.cases.TimelineEntry.Kind;
import org.xinqiao.crisis.triage.Severity;
import org.xinqiao.crisis.triage.SignalKind;

class CrisisCaseTest {

  static final Instant T0 = CaseMother.OPENED;

  static Instant at(long seconds) {
    return T0.plusSeconds(seconds);
  }

  @Test
  void openingPagesTheHomeTeamWithTheSeverityDeadline() {
    CrisisCase c = CaseMother.imminentSelfReportInTibet();
    assertThat(c.tier()).isEqualTo(1);
    assertThat(c.currentTeam()).isEqualTo("tibet");
    assertThat(c.nextDeadline()).isEqualTo(at(60));
    List<CaseEvent> events = c.pullEvents();
    assertThat(events).hasSize(2);
    assertThat(events.get(0)).isInstanceOf(CaseEvent.Opened.class);
    assertThat(events.get(1)).isEqualTo(new CaseEvent.Paged(c.id(), "tibet", 1, Severity.IMMINENT, at(60), false, T0));
  }

  @Test
  void nothingEscalatesBeforeTheDeadline() {
    CrisisCase c = CaseMother.imminentSelfReportInTibet();
    c.pullEvents();
    assertThat(c.escalate(at(59), CaseMother.EMERGENCY)).isFalse();
    assertThat(c.pullEvents()).isEmpty();
  }

  @Test
  void everyMissedDeadlinePagesTheNextTeamAndPastTheLastTheEmergencyStep() {
    CrisisCase c = CaseMother.imminentSelfReportInTibet();
    c.pullEvents();
    assertThat(c.escalate(at(60), CaseMother.EMERGENCY)).isTrue();
    assertThat(c.currentTeam()).isEqualTo("qinghai");
    assertThat(c.nextDeadline()).isEqualTo(at(120));
    assertThat(c.pullEvents()).containsExactly(
        new CaseEvent.Escalated(c.id(), c.clientId(), Severity.IMMINENT, "tibet", "qinghai", 2, false, at(60)),
        new CaseEvent.Paged(c.id(), "qinghai", 2, Severity.IMMINENT, at(120), false, at(60)));
    assertThat(c.escalate(at(120), CaseMother.EMERGENCY)).isTrue();
    assertThat(c.escalate(at(180), CaseMother.EMERGENCY)).isTrue();
    assertThat(c.currentTeam()).isEqualTo("national");
    c.pullEvents();
    assertThat(c.escalate(at(240), CaseMother.EMERGENCY)).isTrue();
    assertThat(c.isEmergencyStepReached()).isTrue();
    assertThat(c.emergencyRequestedAt()).isEqualTo(at(240));
    assertThat(c.nextDeadline()).isNull();
    assertThat(c.pullEvents()).containsExactly(
        new CaseEvent.Escalated(c.id(), c.clientId(), Severity.IMMINENT, "national", null, 5, true, at(240)),
        new CaseEvent.Paged(c.id(), "national", 5, Severity.IMMINENT, null, true, at(240)));
    assertThat(c.escalate(at(10_000), CaseMother.EMERGENCY)).isFalse();
    assertThat(c.routedTeams()).containsExactlyInAnyOrder("tibet", "qinghai", "west-centre", "national");
  }

  @Test
  void anUnansweredLowFollowUpKeepsPagingTheLastTeamInsteadOfCallingEmergencyServices() {
    CrisisCase c = CaseMother.lowNoShowFollowUp();
    c.pullEvents();
    assertThat(c.escalate(T0.plus(Duration.ofHours(24)), CaseMother.EMERGENCY)).isTrue();
    assertThat(c.currentTeam()).isEqualTo("national");
    c.pullEvents();
    assertThat(c.escalate(T0.plus(Duration.ofHours(48)), CaseMother.EMERGENCY)).isTrue();
    assertThat(c.isEmergencyStepReached()).isFalse();
    assertThat(c.emergencyRequestedAt()).isNull();
    assertThat(c.nextDeadline()).isEqualTo(T0.plus(Duration.ofHours(72)));
    assertThat(c.pullEvents()).containsExactly(new CaseEvent.Paged(c.id(), "national", 2, Severity.LOW,
        T0.plus(Duration.ofHours(72)), false, T0.plus(Duration.ofHours(48))));
  }

  @Test
  void acknowledgingStopsTheClock() {
    CrisisCase c = CaseMother.imminentSelfReportInTibet();
    c.acknowledge("responder-1", "tibet", at(30));
    assertThat(c.nextDeadline()).isNull();
    assertThat(c.escalate(at(61), CaseMother.EMERGENCY)).isFalse();
    assertThat(c.isHomeTier()).isTrue();
  }

  @Test
  void aSecondResponderCannotTakeAnAcknowledgedCaseButTheFirstMayRepeat() {
    CrisisCase c = CaseMother.imminentSelfReportInTibet();
    c.acknowledge("responder-1", "tibet", at(30));
    c.pullEvents();
    c.acknowledge("responder-1", "tibet", at(31));
    assertThat(c.pullEvents()).isEmpty();
    assertThatThrownBy(() -> c.acknowledge("responder-2", "tibet", at(32)))
        .isInstanceOf(CaseRefusals.AlreadyAcknowledged.class);
  }

  @Test
  void aMoreUrgentSignalRaisesTheCaseAndBringsTheDeadlineForward() {
    CrisisCase c = CaseMother.lowNoShowFollowUp();
    c.pullEvents();
    c.join(SignalKind.SELF_REPORT, Severity.IMMINENT, Duration.ofSeconds(60), at(100));
    assertThat(c.severity()).isEqualTo(Severity.IMMINENT);
    assertThat(c.nextDeadline()).isEqualTo(at(160));
    assertThat(c.pullEvents()).containsExactly(
        new CaseEvent.Paged(c.id(), "qinghai", 1, Severity.IMMINENT, at(160), false, at(100)));
  }

  @Test
  void aLessUrgentSignalJoinsWithoutChangingSeverityOrDeadline() {
    CrisisCase c = CaseMother.imminentSelfReportInTibet();
    c.pullEvents();
    c.join(SignalKind.ASSESSMENT, Severity.MODERATE, Duration.ofHours(1), at(10));
    assertThat(c.severity()).isEqualTo(Severity.IMMINENT);
    assertThat(c.nextDeadline()).isEqualTo(at(60));
    assertThat(c.pullEvents()).isEmpty();
    assertThat(c.timeline()).extracting(TimelineEntry::kind).contains(Kind.SIGNAL_JOINED);
  }

  @Test
  void anUnreachableImminentCaseCannotCloseWithoutTheEmergencyStep() {
    CrisisCase c = CaseMother.imminentSelfReportInTibet();
    c.acknowledge("responder-1", "tibet", at(30));
    c.recordContactAttempt("responder-1", "tibet", ContactChannel.PHONE, ContactResult.NO_ANSWER, at(40));
    assertThatThrownBy(() -> c.resolve("responder-1", "tibet", Outcome.UNREACHABLE, at(50)))
        .isInstanceOf(CaseRefusals.EmergencyStepRequired.class);
    assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
    c.requestEmergency("responder-1", "tibet", at(55));
    c.resolve("responder-1", "tibet", Outcome.UNREACHABLE, at(60));
    assertThat(c.status()).isEqualTo(CaseStatus.RESOLVED);
  }

  @Test
  void anUnreachableLowCaseMayClose() {
    CrisisCase c = CaseMother.lowNoShowFollowUp();
    c.acknowledge("responder-9", "qinghai", at(30));
    c.resolve("responder-9", "qinghai", Outcome.UNREACHABLE, at(60));
    assertThat(c.outcome()).isEqualTo(Outcome.UNREACHABLE);
  }

  @Test
  void dispatchingEmergencyServicesIsItselfTheEmergencyStep() {
    CrisisCase c = CaseMother.imminentSelfReportInTibet();
    c.acknowledge("responder-1", "tibet", at(30));
    c.resolve("responder-1", "tibet", Outcome.EMERGENCY_DISPATCHED, at(60));
    assertThat(c.emergencyRequestedAt()).isEqualTo(at(60));
  }

  @Test
  void aCaseMustBeAcknowledgedBeforeItIsResolvedAndStaysClosedAfter() {
    CrisisCase c = CaseMother.lowNoShowFollowUp();
    assertThatThrownBy(() -> c.resolve("r", "qinghai", Outcome.SAFE, at(1))).isInstanceOf(CaseRefusals.NotAcknowledged.class);
    c.acknowledge("r", "qinghai", at(2));
    c.resolve("r", "qinghai", Outcome.SAFE, at(3));
    assertThatThrownBy(() -> c.acknowledge("r", "qinghai", at(4))).isInstanceOf(CaseRefusals.CaseClosed.class);
    assertThatThrownBy(() -> c.join(SignalKind.SELF_REPORT, Severity.HIGH, Duration.ofMinutes(5), at(5)))
        .isInstanceOf(CaseRefusals.CaseClosed.class);
  }

  @Test
  void theTimelineShowsEveryStep() {
    CrisisCase c = CaseMother.imminentSelfReportInTibet();
    c.escalate(at(60), CaseMother.EMERGENCY);
    c.acknowledge("responder-2", "qinghai", at(70));
    c.recordContactAttempt("responder-2", "qinghai", ContactChannel.PHONE, ContactResult.REACHED, at(80));
    c.resolve("responder-2", "qinghai", Outcome.SAFE, at(90));
    assertThat(c.timeline()).extracting(TimelineEntry::kind).containsExactly(Kind.OPENED, Kind.PAGED,
        Kind.DEADLINE_MISSED, Kind.ESCALATED, Kind.PAGED, Kind.ACKNOWLEDGED, Kind.CONTACT_ATTEMPT, Kind.RESOLVED);
    assertThat(c.isHomeTier()).isFalse();
  }
}
