package org.xinqiao.crisis.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.xinqiao.crisis.cases.persistence.CaseStore;
import org.xinqiao.crisis.cases.timer.EscalationTimer;
import org.xinqiao.crisis.clients.ClientProfile;
import org.xinqiao.crisis.clients.ClientProfiles;
import org.xinqiao.crisis.routing.RosterStore;
import org.xinqiao.crisis.routing.Routing;
import org.xinqiao.crisis.triage.Severity;
import org.xinqiao.crisis.triage.Signal;
import org.xinqiao.crisis.triage.SignalKind;
import org.xinqiao.crisis.triage.Triage;
import org.xinqiao.kit.outbox.OutboxRelay;

/**
 * Signals in, cases out: triage, routing, one open case per client, and the responders' actions.
 * Every change is one conditional write of the case document with its events; a lost race is
 * retried on fresh state.
 */
@Service
public class CaseService {

  private static final int ATTEMPTS = 10;

  private final CaseStore store;
  private final ClientProfiles profiles;
  private final RosterStore rosters;
  private final Triage triage;
  private final Routing routing;
  private final EscalationTimer timer;
  private final OutboxRelay relay;
  private final CaseMetrics metrics;
  private final Clock clock;

  public CaseService(CaseStore store, ClientProfiles profiles, RosterStore rosters, Triage triage, Routing routing,
      EscalationTimer timer, OutboxRelay relay, CaseMetrics metrics, Clock clock) {
    this.store = store;
    this.profiles = profiles;
    this.rosters = rosters;
    this.triage = triage;
    this.routing = routing;
    this.timer = timer;
    this.relay = relay;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * A signal reported over the API. A partner may report only for clients it registered (when
   * crisis knows who registered them; an unknown client is accepted rather than risk losing the
   * signal). A report always opens or joins a case: if no triage rule matches, it counts as HIGH.
   */
  public SignalReceipt report(SignalReporter reporter, String clientId, boolean presentDanger, String regionHint,
      String signalId, String idempotencyKey) {
    if (reporter.kind() == SignalKind.PARTNER_REPORT) {
      String registeredBy = profiles.find(clientId).partnerId();
      if (registeredBy != null && !registeredBy.equals(reporter.id())) {
        throw new CaseRefusals.NotYourClient();
      }
    }
    return receive(clientId, Signal.report(reporter.kind(), presentDanger), regionHint, signalId, idempotencyKey,
        Severity.HIGH).orElseThrow();
  }

  /**
   * A signal about a client.
   *
   * @param signalId identifies the signal for deduplication (an event id, or the idempotency key
   *     with the request's fingerprint)
   * @param idempotencyKey the caller-scoped key to find the signal by, or null
   * @param regionHint the province the client is in, when the reporter knows it
   * @return the case the signal opened or joined; empty when triage found nothing to act on
   */
  public Optional<SignalReceipt> receive(String clientId, Signal signal, String regionHint, String signalId,
      String idempotencyKey) {
    return receive(clientId, signal, regionHint, signalId, idempotencyKey, null);
  }

  private Optional<SignalReceipt> receive(String clientId, Signal signal, String regionHint, String signalId,
      String idempotencyKey, Severity atLeast) {
    Optional<CrisisCase> absorbed = store.findBySignal(signalId);
    if (absorbed.isPresent()) {
      metrics.signal(signal.kind().name(), "duplicate");
      return absorbed.map(c -> new SignalReceipt(c.id(), c.severity(), true));
    }
    if (idempotencyKey != null && store.findByIdempotencyKey(idempotencyKey).isPresent()) {
      throw new CaseRefusals.IdempotencyKeyReused();
    }
    Optional<Severity> severity = triage.assess(signal).or(() -> Optional.ofNullable(atLeast));
    if (severity.isEmpty()) {
      metrics.signal(signal.kind().name(), "no-case");
      return Optional.empty();
    }
    ClientProfile profile = profiles.find(clientId);
    String region = regionHint != null ? regionHint
        : profile.provinceCode() != null ? profile.provinceCode() : Routing.UNKNOWN_REGION;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Instant now = clock.instant();
      Optional<CrisisCase> open = store.findOpenFor(clientId);
      if (open.isEmpty()) {
        CrisisCase c = CrisisCase.open(UUID.randomUUID().toString(), clientId, signal.kind(), severity.get(), region,
            routing.ladder(region, rosters.onCallAt(region, now)), routing.ackWindow(severity.get(), region), now);
        try {
          store.insert(c, signalId, idempotencyKey);
          stored(c);
          metrics.signal(signal.kind().name(), "opened");
          return Optional.of(new SignalReceipt(c.id(), c.severity(), false));
        } catch (DuplicateKeyException anotherSignalOpenedOne) {
          continue;
        }
      }
      CrisisCase c = open.get();
      c.join(signal.kind(), severity.get(), routing.ackWindow(severity.get(), c.regionCode()), now);
      if (store.save(c, signalId, idempotencyKey)) {
        stored(c);
        metrics.signal(signal.kind().name(), "joined");
        return Optional.of(new SignalReceipt(c.id(), c.severity(), true));
      }
      Optional<CrisisCase> already = store.findBySignal(signalId);
      if (already.isPresent()) {
        return already.map(x -> new SignalReceipt(x.id(), x.severity(), true));
      }
    }
    throw new CaseRefusals.ConcurrentChange(clientId);
  }

  /**
   * The client's personal data was erased: forget the profile and unlink resolved cases. An open
   * case keeps the client id until it is closed, because dropping it could leave a person at risk
   * without help.
   */
  public void clientErased(String clientId) {
    profiles.erase(clientId);
    store.unlinkResolved(clientId);
  }

  public CrisisCase get(String id, Viewer viewer) {
    return store.find(id).filter(viewer::maySee).orElseThrow(() -> new CaseRefusals.CaseNotFound(id));
  }

  public CasePage list(Viewer viewer, CaseStatus status, int page, int size) {
    return store.page(viewer.ops() ? null : viewer.teamId(), status, page, size);
  }

  public CrisisCase acknowledge(String id, Viewer viewer) {
    return change(id, viewer, null, c -> c.acknowledge(viewer.responderId(), viewer.teamId(), clock.instant()), true);
  }

  /**
   * Records a contact attempt; with an idempotency key, a repeated request records it only once
   * (the key is remembered in the case, scoped to the responder).
   */
  public CrisisCase recordContactAttempt(String id, Viewer viewer, ContactChannel channel, ContactResult result,
      String idempotencyKey) {
    String once = idempotencyKey == null ? null : "contact:" + viewer.responderId() + ":" + idempotencyKey;
    return change(id, viewer, once, c -> c.recordContactAttempt(viewer.responderId(), viewer.teamId(), channel, result,
        clock.instant()), false);
  }

  public CrisisCase requestEmergency(String id, Viewer viewer) {
    return change(id, viewer, null, c -> c.requestEmergency(viewer.responderId(), viewer.teamId(), clock.instant()), false);
  }

  public CrisisCase resolve(String id, Viewer viewer, Outcome outcome) {
    CrisisCase c = change(id, viewer, null,
        x -> x.resolve(viewer.responderId(), viewer.teamId(), outcome, clock.instant()), false);
    metrics.resolved(c);
    return c;
  }

  private CrisisCase change(String id, Viewer viewer, String once, Consumer<CrisisCase> action, boolean acknowledging) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      CrisisCase c = store.find(id).filter(x -> !viewer.ops() && viewer.maySee(x))
          .orElseThrow(() -> new CaseRefusals.CaseNotFound(id));
      if (once != null && store.findBySignal(once).filter(x -> x.id().equals(id)).isPresent()) {
        return c;
      }
      boolean wasAcknowledged = c.isAcknowledged();
      action.accept(c);
      if (store.save(c, once, null)) {
        relay.nudge();
        if (acknowledging && !wasAcknowledged) {
          metrics.acknowledged(c);
        }
        return c;
      }
    }
    throw new CaseRefusals.ConcurrentChange(id);
  }

  private void stored(CrisisCase c) {
    timer.wake(c.nextDeadline());
    relay.nudge();
  }

  /** What a signal led to. */
  public record SignalReceipt(String caseId, Severity severity, boolean joined) {}
}
