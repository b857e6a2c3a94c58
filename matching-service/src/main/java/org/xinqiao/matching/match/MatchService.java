package org.xinqiao.matching.match;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import org.xinqiao.kit.outbox.OutboxRelay;
import org.xinqiao.kit.security.Actor;
import org.xinqiao.matching.common.Idempotency;
import org.xinqiao.matching.common.PageResult;
import org.xinqiao.matching.match.MatchProblems.ClientNotFound;
import org.xinqiao.matching.match.MatchProblems.ConcurrentMatchChange;
import org.xinqiao.matching.match.MatchProblems.CounselorNoLongerAvailable;
import org.xinqiao.matching.match.MatchProblems.MatchNotFound;
import org.xinqiao.matching.match.messaging.MatchEventMapper;
import org.xinqiao.matching.region.Province;
import org.xinqiao.matching.region.Regions;

/** Requests, re-matches, acceptances and the waitlist. */
@Service
public class MatchService {

  private static final Logger log = LoggerFactory.getLogger(MatchService.class);

  private final MatchStore store;
  private final ClientStore clients;
  private final MatchIndex index;
  private final Matcher matcher;
  private final Regions regions;
  private final OutboxRelay relay;
  private final MeterRegistry meters;
  private final Clock clock;
  private final Timer latency;
  private final AtomicBoolean rerunning = new AtomicBoolean();
  private final AtomicBoolean rerunAgain = new AtomicBoolean();

  MatchService(MatchStore store, ClientStore clients, MatchIndex index, Matcher matcher, Regions regions,
      OutboxRelay relay, MeterRegistry meters, Clock clock) {
    this.store = store;
    this.clients = clients;
    this.index = index;
    this.matcher = matcher;
    this.regions = regions;
    this.relay = relay;
    this.meters = meters;
    this.clock = clock;
    this.latency = Timer.builder("xinqiao.matching.match.latency").description("time to compute a match")
        .publishPercentiles(0.5, 0.99).register(meters);
  }

  /** A request for a match, possibly replacing an earlier one of the same client. */
  public record Request(String clientId, MatchCriteria criteria, String previousMatchId, String rematchReason) {}

  public MatchRequest request(Actor actor, Request r, Idempotency idem) {
    Province province = regions.get(r.criteria().provinceCode());
    String partnerId = authoriseForClient(actor, r.clientId());
    MatchRequest previous = null;
    if (r.previousMatchId() != null) {
      previous = store.find(r.previousMatchId()).filter(p -> p.clientId().equals(r.clientId()))
          .orElseThrow(() -> new MatchNotFound(r.previousMatchId()));
    }
    Instant now = clock.instant();
    ClientSituation situation = clients.situation(r.clientId());
    MatchOutcome outcome = latency.record(() -> matcher.match(r.criteria(), situation, index, now));
    MatchRequest m = MatchRequest.open(UUID.randomUUID().toString(), r.clientId(), partnerId, r.criteria(), outcome,
        r.previousMatchId(), r.rematchReason(), now);
    MatchRequest stored = store.insert(m, MatchEventMapper.outbox(m.pendingEvents()), idem);
    if (stored != m) {
      return stored;
    }
    if (previous != null && previous.status() != MatchStatus.SUPERSEDED) {
      supersede(previous, r.rematchReason(), now);
    }
    meters.counter("xinqiao.matching.requests", "outcome", outcome.empty() ? "waitlisted" : "proposed",
        "macro_area", province.macroArea().name().toLowerCase(), "under_served",
        Boolean.toString(outcome.underServed())).increment();
    if (outcome.empty()) {
      meters.counter("xinqiao.matching.emptied", "constraint", outcome.emptied().constraint()).increment();
    }
    relay.nudge();
    return m;
  }

  private void supersede(MatchRequest previous, String reason, Instant now) {
    boolean wasAccepted = previous.status() == MatchStatus.ACCEPTED;
    previous.supersede(reason, now);
    try {
      store.update(previous, List.of());
      if (wasAccepted) {
        index.adjustActiveClients(previous.acceptedCounselorId(), -1);
      }
    } catch (ConcurrentMatchChange e) {
      log.info("previous match changed meanwhile; left as it is");
    }
  }

  /** Which partner the request is made for; refuses callers who may not act for the client. */
  private String authoriseForClient(Actor actor, String clientId) {
    var known = clients.find(clientId);
    if (actor.has(Actor.CLIENT)) {
      if (!clientId.equals(actor.pseudonymId())) {
        throw new MatchAccess.NotYourClient();
      }
      if (known.isPresent() && known.get().erased()) {
        throw new ClientNotFound(clientId);
      }
      return known.map(ClientStore.Known::partnerId).orElse(null);
    }
    if (actor.has(Actor.PARTNER) && actor.partnerId() != null) {
      return known.filter(k -> !k.erased() && actor.partnerId().equals(k.partnerId()))
          .map(ClientStore.Known::partnerId).orElseThrow(() -> new ClientNotFound(clientId));
    }
    throw new MatchAccess.NotYourClient();
  }

  public MatchRequest get(Actor actor, String id) {
    MatchRequest m = store.find(id).orElseThrow(() -> new MatchNotFound(id));
    MatchAccess.requireRead(actor, m);
    return m;
  }

  public PageResult<MatchRequest> list(Actor actor, String clientId, int page, int size) {
    Criteria filter;
    if (actor.has(Actor.CLIENT)) {
      filter = Criteria.where("clientId").is(actor.pseudonymId());
    } else if (actor.has(Actor.PARTNER) && actor.partnerId() != null) {
      filter = Criteria.where("partnerId").is(actor.partnerId());
      if (clientId != null) {
        filter = filter.and("clientId").is(clientId);
      }
    } else {
      throw new MatchAccess.NotYourClient();
    }
    return new PageResult<>(store.page(filter, page, size), page, size, store.count(filter));
  }

  /** The client takes one of the proposed counsellors, if that counsellor can still take them. */
  public MatchRequest accept(Actor actor, String id, String counselorId) {
    MatchRequest m = get(actor, id);
    Instant now = clock.instant();
    String home = null;
    if (m.status() == MatchStatus.PROPOSED && m.proposals().stream().anyMatch(p -> p.counselorId().equals(counselorId))) {
      Candidate c = index.get(counselorId).orElseThrow(() -> new CounselorNoLongerAvailable(counselorId));
      if (m.criteria() != null) {
        MatchQuery q = matcher.query(m.criteria(), clients.situation(m.clientId()), index, now);
        boolean stillFits = new HardConstraints.PractisingLicence().admits(c, q)
            && new HardConstraints.LicenceCoversProvince().admits(c, q)
            && new HardConstraints.CapacityLeft().admits(c, q)
            && new HardConstraints.CrisisTrainedWhenAtRisk().admits(c, q);
        if (!stillFits) {
          throw new CounselorNoLongerAvailable(counselorId);
        }
      }
      home = c.homeProvince();
    }
    m.accept(counselorId, now);
    store.update(m, MatchEventMapper.outbox(m.pendingEvents()), home);
    index.adjustActiveClients(counselorId, 1);
    meters.counter("xinqiao.matching.accepted").increment();
    relay.nudge();
    return m;
  }

  /** Tries every waiting request again; runs once at a time and again if asked meanwhile. */
  public int rerunWaitlist() {
    rerunAgain.set(true);
    int proposed = 0;
    while (rerunAgain.getAndSet(false)) {
      if (!rerunning.compareAndSet(false, true)) {
        return proposed;
      }
      try {
        proposed += rerunOnce();
      } finally {
        rerunning.set(false);
      }
    }
    return proposed;
  }

  private int rerunOnce() {
    int proposed = 0;
    for (MatchRequest m : store.waitlisted()) {
      if (m.criteria() == null) {
        continue;
      }
      Instant now = clock.instant();
      MatchOutcome outcome = matcher.match(m.criteria(), clients.situation(m.clientId()), index, now);
      if (outcome.empty()) {
        continue;
      }
      m.retry(outcome, now);
      try {
        store.update(m, MatchEventMapper.outbox(m.pendingEvents()));
        proposed++;
        meters.counter("xinqiao.matching.waitlist.proposed").increment();
      } catch (ConcurrentMatchChange e) {
        log.info("waiting request changed meanwhile; skipped");
      }
    }
    if (proposed > 0) {
      relay.nudge();
    }
    return proposed;
  }
}
