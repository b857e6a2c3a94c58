package org.xinqiao.crisis.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.xinqiao.crisis.cases.TimelineEntry.Kind;
import org.xinqiao.crisis.triage.Severity;
import org.xinqiao.crisis.triage.SignalKind;

/**
 * A crisis case: one per client while open. It is routed along a ladder of teams (the home
 * province's on-call team first, then configured backups) and, past the last team, to the
 * emergency step. Each tier has an acknowledgement deadline; an unacknowledged tier at its deadline
 * pages the next. Every transition checks state, changes it, writes the timeline and records the
 * events to publish. Time is always passed in.
 */
public final class CrisisCase {

  private final String id;
  private final String clientId;
  private final SignalKind source;
  private final String regionCode;
  private final List<String> ladder;
  private final Instant openedAt;
  private Severity severity;
  private Duration ackWindow;
  private CaseStatus status;
  private int tier;
  private Instant nextDeadline;
  private final Set<String> routedTeams;
  private Instant acknowledgedAt;
  private String acknowledgedBy;
  private String acknowledgedTeam;
  private int acknowledgedTier;
  private Instant emergencyRequestedAt;
  private int contactAttempts;
  private Outcome outcome;
  private Instant resolvedAt;
  private final List<TimelineEntry> timeline;
  private final long version;
  private final long fence;
  private final List<CaseEvent> events = new ArrayList<>();

  /** Rebuilds a stored case; no events. */
  public CrisisCase(String id, String clientId, SignalKind source, String regionCode, List<String> ladder,
      Instant openedAt, Severity severity, Duration ackWindow, CaseStatus status, int tier, Instant nextDeadline,
      Set<String> routedTeams, Instant acknowledgedAt, String acknowledgedBy, String acknowledgedTeam,
      int acknowledgedTier, Instant emergencyRequestedAt, int contactAttempts, Outcome outcome, Instant resolvedAt,
      List<TimelineEntry> timeline, long version, long fence) {
    this.id = Objects.requireNonNull(id, "id");
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.source = Objects.requireNonNull(source, "source");
    this.regionCode = Objects.requireNonNull(regionCode, "regionCode");
    if (ladder == null || ladder.isEmpty()) {
      throw new IllegalArgumentException("a case needs at least one team to page");
    }
    this.ladder = List.copyOf(ladder);
    this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.ackWindow = Objects.requireNonNull(ackWindow, "ackWindow");
    this.status = Objects.requireNonNull(status, "status");
    this.tier = tier;
    this.nextDeadline = nextDeadline;
    this.routedTeams = new LinkedHashSet<>(routedTeams);
    this.acknowledgedAt = acknowledgedAt;
    this.acknowledgedBy = acknowledgedBy;
    this.acknowledgedTeam = acknowledgedTeam;
    this.acknowledgedTier = acknowledgedTier;
    this.emergencyRequestedAt = emergencyRequestedAt;
    this.contactAttempts = contactAttempts;
    this.outcome = outcome;
    this.resolvedAt = resolvedAt;
    this.timeline = new ArrayList<>(timeline);
    this.version = version;
    this.fence = fence;
  }

  /** Opens a case and pages the first team on the ladder. */
  public static CrisisCase open(String id, String clientId, SignalKind source, Severity severity, String regionCode,
      List<String> ladder, Duration ackWindow, Instant now) {
    CrisisCase c = new CrisisCase(id, clientId, source, regionCode, ladder, now, severity, ackWindow, CaseStatus.OPEN,
        1, now.plus(ackWindow), Set.of(ladder.get(0)), null, null, null, 0, null, 0, null, null, List.of(), 0, 0);
    c.timeline.add(new TimelineEntry(now, Kind.OPENED, 1, c.currentTeam(), TimelineEntry.SYSTEM, severity.name()));
    c.events.add(new CaseEvent.Opened(id, clientId, severity, source, regionCode, c.currentTeam(), now));
    c.page(now);
    return c;
  }

  /**
   * Another signal for the same client joins this case. A more urgent severity raises the case and,
   * while nobody has acknowledged, brings the deadline forward to the new severity's window; the
   * current team is paged again with the new severity.
   */
  public void join(SignalKind kind, Severity signalled, Duration windowOfSignalled, Instant now) {
    requireOpen();
    timeline.add(new TimelineEntry(now, Kind.SIGNAL_JOINED, tier, currentTeam(), TimelineEntry.SYSTEM, kind.name()));
    if (!signalled.isMoreUrgentThan(severity)) {
      return;
    }
    severity = signalled;
    ackWindow = windowOfSignalled;
    timeline.add(new TimelineEntry(now, Kind.SEVERITY_RAISED, tier, currentTeam(), TimelineEntry.SYSTEM, signalled.name()));
    if (!isAcknowledged() && nextDeadline != null) {
      Instant sooner = now.plus(windowOfSignalled);
      if (sooner.isBefore(nextDeadline)) {
        nextDeadline = sooner;
      }
    }
    events.add(new CaseEvent.Paged(id, currentTeam(), tier, severity, isAcknowledged() ? null : nextDeadline,
        isEmergencyStepReached(), now));
  }

  /** Whether the current tier's deadline has passed unacknowledged. */
  public boolean isDue(Instant now) {
    return status == CaseStatus.OPEN && !isAcknowledged() && nextDeadline != null && !nextDeadline.isAfter(now);
  }

  /**
   * The current tier missed its deadline: page the next team, or past the last team take the
   * emergency step (emergency services requested; the last team stays in charge) when the
   * severity calls for it, else page the last team again with a new deadline, so an unanswered
   * case is never left silent. Does nothing when not due, so a late or repeated call changes
   * nothing.
   *
   * @param emergencyStepFor severities for which an exhausted ladder requests emergency services
   */
  public boolean escalate(Instant now, Set<Severity> emergencyStepFor) {
    if (!isDue(now)) {
      return false;
    }
    String from = currentTeam();
    timeline.add(new TimelineEntry(now, Kind.DEADLINE_MISSED, tier, from, TimelineEntry.SYSTEM, nextDeadline.toString()));
    if (tier < ladder.size()) {
      tier++;
      nextDeadline = now.plus(ackWindow);
      routedTeams.add(currentTeam());
      timeline.add(new TimelineEntry(now, Kind.ESCALATED, tier, currentTeam(), TimelineEntry.SYSTEM, from));
      events.add(new CaseEvent.Escalated(id, clientId, severity, from, currentTeam(), tier, false, now));
      page(now);
    } else if (!emergencyStepFor.contains(severity)) {
      nextDeadline = now.plus(ackWindow);
      page(now);
    } else {
      tier = ladder.size() + 1;
      nextDeadline = null;
      emergencyRequestedAt = now;
      timeline.add(new TimelineEntry(now, Kind.EMERGENCY_REQUESTED, tier, from, TimelineEntry.SYSTEM, "ladder-exhausted"));
      events.add(new CaseEvent.Escalated(id, clientId, severity, from, null, tier, true, now));
      events.add(new CaseEvent.Paged(id, from, tier, severity, null, true, now));
    }
    return true;
  }

  /** A responder of a team the case was routed to takes charge; this stops the ladder. */
  public void acknowledge(String responderId, String teamId, Instant now) {
    requireOpen();
    if (isAcknowledged()) {
      if (responderId.equals(acknowledgedBy)) {
        return;
      }
      throw new CaseRefusals.AlreadyAcknowledged(id);
    }
    acknowledgedAt = now;
    acknowledgedBy = responderId;
    acknowledgedTeam = teamId;
    acknowledgedTier = tier;
    nextDeadline = null;
    timeline.add(new TimelineEntry(now, Kind.ACKNOWLEDGED, tier, teamId, responderId, null));
    events.add(new CaseEvent.Acknowledged(id, clientId, teamId, responderId, Math.max(1, Math.min(tier, ladder.size() + 1)), now));
  }

  public void recordContactAttempt(String responderId, String teamId, ContactChannel channel, ContactResult result,
      Instant now) {
    requireOpen();
    contactAttempts++;
    timeline.add(new TimelineEntry(now, Kind.CONTACT_ATTEMPT, tier, teamId, responderId, channel.name() + ":" + result.name()));
  }

  /** A responder asks emergency services to go to the client. Repeating it changes nothing. */
  public void requestEmergency(String responderId, String teamId, Instant now) {
    requireOpen();
    if (emergencyRequestedAt != null) {
      return;
    }
    emergencyRequestedAt = now;
    timeline.add(new TimelineEntry(now, Kind.EMERGENCY_REQUESTED, tier, teamId, responderId, "responder"));
  }

  /**
   * Closes the case. Only after someone took charge; an unreachable client in imminent danger only
   * after emergency services were requested; dispatching emergency services is itself that step.
   */
  public void resolve(String responderId, String teamId, Outcome result, Instant now) {
    requireOpen();
    if (!isAcknowledged()) {
      throw new CaseRefusals.NotAcknowledged(id);
    }
    if (result == Outcome.UNREACHABLE && severity == Severity.IMMINENT && emergencyRequestedAt == null) {
      throw new CaseRefusals.EmergencyStepRequired(id);
    }
    if (result == Outcome.EMERGENCY_DISPATCHED && emergencyRequestedAt == null) {
      emergencyRequestedAt = now;
      timeline.add(new TimelineEntry(now, Kind.EMERGENCY_REQUESTED, tier, teamId, responderId, "dispatched"));
    }
    status = CaseStatus.RESOLVED;
    outcome = result;
    resolvedAt = now;
    nextDeadline = null;
    timeline.add(new TimelineEntry(now, Kind.RESOLVED, tier, teamId, responderId, result.name()));
    events.add(new CaseEvent.Resolved(id, clientId, result, now));
  }

  public boolean isRoutedTo(String teamId) {
    return teamId != null && routedTeams.contains(teamId);
  }

  private void page(Instant now) {
    events.add(new CaseEvent.Paged(id, currentTeam(), tier, severity, nextDeadline, false, now));
    timeline.add(new TimelineEntry(now, Kind.PAGED, tier, currentTeam(), TimelineEntry.SYSTEM, nextDeadline.toString()));
  }

  private void requireOpen() {
    if (status != CaseStatus.OPEN) {
      throw new CaseRefusals.CaseClosed(id);
    }
  }

  /** The events recorded since the last call, for the write that stores this change. */
  public List<CaseEvent> pullEvents() {
    List<CaseEvent> out = List.copyOf(events);
    events.clear();
    return out;
  }

  public boolean isAcknowledged() {
    return acknowledgedAt != null;
  }

  public boolean isEmergencyStepReached() {
    return tier > ladder.size();
  }

  /** The team now in charge: the team of the current tier, or the last team at the emergency step. */
  public String currentTeam() {
    return ladder.get(Math.min(tier, ladder.size()) - 1);
  }

  public boolean isHomeTier() {
    return acknowledgedTier == 1;
  }

  public String id() { return id; }
  public String clientId() { return clientId; }
  public SignalKind source() { return source; }
  public String regionCode() { return regionCode; }
  public List<String> ladder() { return ladder; }
  public Instant openedAt() { return openedAt; }
  public Severity severity() { return severity; }
  public Duration ackWindow() { return ackWindow; }
  public CaseStatus status() { return status; }
  public int tier() { return tier; }
  public Instant nextDeadline() { return nextDeadline; }
  public Set<String> routedTeams() { return Set.copyOf(routedTeams); }
  public Instant acknowledgedAt() { return acknowledgedAt; }
  public String acknowledgedBy() { return acknowledgedBy; }
  public String acknowledgedTeam() { return acknowledgedTeam; }
  public int acknowledgedTier() { return acknowledgedTier; }
  public Instant emergencyRequestedAt() { return emergencyRequestedAt; }
  public int contactAttempts() { return contactAttempts; }
  public Outcome outcome() { return outcome; }
  public Instant resolvedAt() { return resolvedAt; }
  public List<TimelineEntry> timeline() { return List.copyOf(timeline); }
  public long version() { return version; }
  public long fence() { return fence; }
}
