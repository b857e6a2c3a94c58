package org.xinqiao.matching.match;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.xinqiao.matching.match.MatchProblems.IllegalMatchTransition;
import org.xinqiao.matching.match.MatchProblems.NotProposed;

/**
 * A client's request for a counsellor. It is PROPOSED with ranked counsellors, or WAITLISTED with
 * the reason nobody fits (and proposed later when supply changes); the client ACCEPTS one
 * proposal; a re-match SUPERSEDES the previous request and records why.
 */
public final class MatchRequest {

  private final String id;
  private final String clientId;
  private final String partnerId;
  private MatchCriteria criteria;
  private MatchStatus status;
  private List<RankedCandidate> proposals;
  private Emptied emptied;
  private final Instant createdAt;
  private Instant proposedAt;
  private String acceptedCounselorId;
  private Instant acceptedAt;
  private final String previousMatchId;
  private final String rematchReason;
  private String supersededReason;
  private final long version;
  private final List<MatchEvent> events = new ArrayList<>();

  private MatchRequest(String id, String clientId, String partnerId, MatchCriteria criteria, MatchStatus status,
      List<RankedCandidate> proposals, Emptied emptied, Instant createdAt, Instant proposedAt,
      String acceptedCounselorId, Instant acceptedAt, String previousMatchId, String rematchReason,
      String supersededReason, long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.partnerId = partnerId;
    this.criteria = criteria;
    this.status = Objects.requireNonNull(status, "status");
    this.proposals = List.copyOf(proposals);
    this.emptied = emptied;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.proposedAt = proposedAt;
    this.acceptedCounselorId = acceptedCounselorId;
    this.acceptedAt = acceptedAt;
    this.previousMatchId = previousMatchId;
    this.rematchReason = rematchReason;
    this.supersededReason = supersededReason;
    this.version = version;
  }

  /** A new request, proposed or waitlisted according to the outcome. */
  public static MatchRequest open(String id, String clientId, String partnerId, MatchCriteria criteria,
      MatchOutcome outcome, String previousMatchId, String rematchReason, Instant now) {
    if (previousMatchId != null && (rematchReason == null || rematchReason.isBlank())) {
      throw new IllegalArgumentException("a re-match records its reason");
    }
    MatchRequest m = new MatchRequest(id, clientId, partnerId, Objects.requireNonNull(criteria, "criteria"),
        MatchStatus.WAITLISTED, List.of(), null, now, null, null, null, previousMatchId, rematchReason, null, 0);
    m.apply(outcome, now);
    return m;
  }

  public static MatchRequest restore(String id, String clientId, String partnerId, MatchCriteria criteria,
      MatchStatus status, List<RankedCandidate> proposals, Emptied emptied, Instant createdAt, Instant proposedAt,
      String acceptedCounselorId, Instant acceptedAt, String previousMatchId, String rematchReason,
      String supersededReason, long version) {
    return new MatchRequest(id, clientId, partnerId, criteria, status, proposals, emptied, createdAt, proposedAt,
        acceptedCounselorId, acceptedAt, previousMatchId, rematchReason, supersededReason, version);
  }

  /** A waitlisted request tried again after supply changed; true when it now has proposals. */
  public boolean retry(MatchOutcome outcome, Instant now) {
    if (status != MatchStatus.WAITLISTED) {
      throw new IllegalMatchTransition(id, status, "retried");
    }
    apply(outcome, now);
    return status == MatchStatus.PROPOSED;
  }

  private void apply(MatchOutcome outcome, Instant now) {
    if (outcome.empty()) {
      emptied = outcome.emptied();
      return;
    }
    status = MatchStatus.PROPOSED;
    proposals = outcome.proposals();
    emptied = null;
    proposedAt = now;
    events.add(new MatchEvent.Proposed(id, clientId, outcome.counselorIds(), now));
  }

  /** The client takes one of the proposed counsellors. */
  public void accept(String counselorId, Instant now) {
    if (status != MatchStatus.PROPOSED) {
      throw new IllegalMatchTransition(id, status, "accepted");
    }
    if (proposals.stream().noneMatch(p -> p.counselorId().equals(counselorId))) {
      throw new NotProposed(id, counselorId);
    }
    status = MatchStatus.ACCEPTED;
    acceptedCounselorId = counselorId;
    acceptedAt = now;
    events.add(new MatchEvent.Accepted(id, clientId, counselorId, now));
  }

  /** Replaced by a re-match; the reason is kept. */
  public void supersede(String reason, Instant now) {
    if (status == MatchStatus.SUPERSEDED) {
      throw new IllegalMatchTransition(id, status, "superseded");
    }
    status = MatchStatus.SUPERSEDED;
    supersededReason = Objects.requireNonNull(reason, "reason");
  }

  /** The time from request to first proposal, when proposed. */
  public Duration timeToMatch() {
    return proposedAt == null ? null : Duration.between(createdAt, proposedAt);
  }

  public List<MatchEvent> pendingEvents() {
    return List.copyOf(events);
  }

  public String id() {
    return id;
  }

  public String clientId() {
    return clientId;
  }

  public String partnerId() {
    return partnerId;
  }

  public MatchCriteria criteria() {
    return criteria;
  }

  public MatchStatus status() {
    return status;
  }

  public List<RankedCandidate> proposals() {
    return proposals;
  }

  public Emptied emptied() {
    return emptied;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant proposedAt() {
    return proposedAt;
  }

  public String acceptedCounselorId() {
    return acceptedCounselorId;
  }

  public Instant acceptedAt() {
    return acceptedAt;
  }

  public String previousMatchId() {
    return previousMatchId;
  }

  public String rematchReason() {
    return rematchReason;
  }

  public String supersededReason() {
    return supersededReason;
  }

  public long version() {
    return version;
  }
}
