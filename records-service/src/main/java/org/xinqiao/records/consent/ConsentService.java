package org.xinqiao.records.consent;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.xinqiao.contracts.EventEnvelope;
import org.xinqiao.contracts.EventTypes;
import org.xinqiao.contracts.Topics;
import org.xinqiao.contracts.records.ConsentGranted;
import org.xinqiao.contracts.records.ConsentWithdrawn;
import org.xinqiao.kit.outbox.Outbox;
import org.xinqiao.kit.outbox.OutboxEvent;
import org.xinqiao.kit.outbox.OutboxRelay;
import org.xinqiao.kit.security.Actor;
import org.xinqiao.records.access.Action;
import org.xinqiao.records.access.Guard;
import org.xinqiao.records.client.ClientRefused;
import org.xinqiao.records.client.ClientRepository.ClientDocument;
import org.xinqiao.records.common.Idempotency;

/** Grants (after the comprehension check), withdraws and lists consents. */
@Service
public class ConsentService {

  private final ConsentRepository consents;
  private final ConsentCatalogue catalogue;
  private final Guard guard;
  private final OutboxRelay relay;
  private final Clock clock;
  private final MeterRegistry meters;

  public ConsentService(ConsentRepository consents, ConsentCatalogue catalogue, Guard guard, OutboxRelay relay,
      Clock clock, MeterRegistry meters) {
    this.consents = consents;
    this.catalogue = catalogue;
    this.guard = guard;
    this.relay = relay;
    this.clock = clock;
    this.meters = meters;
  }

  /** What a client answers to be granted a consent. */
  public record Grant(String clientId, ConsentKind kind, Modality modality, String documentVersion,
      Map<String, String> answers) {}

  public ConsentDocument current(ConsentKind kind, Modality modality) {
    return catalogue.current(kind, modality).orElseThrow(ConsentRefused::noSuchDocument);
  }

  public ConsentView grant(Actor actor, Grant g, String idempotencyKey) {
    ClientDocument client = guard.require(actor, Action.MANAGE_CONSENTS, g.clientId());
    if (client.toClient().isErased()) {
      throw ClientRefused.erased(g.clientId());
    }
    ConsentDocument document = current(g.kind(), g.kind() == ConsentKind.SERVICE ? g.modality() : null);
    String id = UUID.randomUUID().toString();
    String slot = Idempotency.slot(g.clientId(), idempotencyKey, id);
    String fingerprint = Idempotency.fingerprint(g);
    Instant now = clock.instant();
    Consent consent;
    try {
      consent = Consent.grant(id, g.clientId(), document, g.documentVersion(), g.answers(), now);
    } catch (ComprehensionFailed failed) {
      meters.counter("xinqiao.records.consents", "kind", g.kind().name(), "outcome", "comprehension_failed").increment();
      throw failed;
    }
    OutboxEvent event = Outbox.entry(Topics.RECORDS, EventEnvelope.of(
        EventTypes.find(EventTypes.CONSENT_GRANTED).orElseThrow(), id, now,
        new ConsentGranted(id, g.clientId(), org.xinqiao.contracts.records.ConsentKind.valueOf(consent.kind().name()),
            modality(consent.modality()), consent.documentVersion(), now)));
    try {
      consents.insert(consent, slot, fingerprint, List.of(event));
    } catch (DuplicateKeyException clash) {
      var earlier = consents.findBySlot(slot).orElseThrow(ConsentRefused::alreadyActive);
      if (!earlier.fingerprint().equals(fingerprint)) {
        throw Idempotency.reused();
      }
      return ConsentView.of(earlier.toConsent(), catalogue);
    }
    relay.nudge();
    meters.counter("xinqiao.records.consents", "kind", g.kind().name(), "outcome", "granted").increment();
    return ConsentView.of(consent, catalogue);
  }

  public ConsentView withdraw(Actor actor, String consentId) {
    var stored = consents.find(consentId).orElseThrow(() -> new ConsentRefused(
        org.xinqiao.kit.problem.ProblemKind.NOT_FOUND, "consent-not-found", "No consent " + consentId + "."));
    guard.require(actor, Action.MANAGE_CONSENTS, stored.clientId());
    Instant now = clock.instant();
    Consent consent = stored.toConsent().withdraw(now);
    OutboxEvent event = Outbox.entry(Topics.RECORDS, EventEnvelope.of(
        EventTypes.find(EventTypes.CONSENT_WITHDRAWN).orElseThrow(), consentId, now,
        new ConsentWithdrawn(consentId, consent.clientId(),
            org.xinqiao.contracts.records.ConsentKind.valueOf(consent.kind().name()), modality(consent.modality()), now)));
    if (!consents.markWithdrawn(consent, List.of(event))) {
      throw ConsentRefused.alreadyWithdrawn();
    }
    relay.nudge();
    meters.counter("xinqiao.records.consents", "kind", consent.kind().name(), "outcome", "withdrawn").increment();
    return ConsentView.of(consent, catalogue);
  }

  public List<ConsentView> list(Actor actor, String clientId) {
    guard.require(actor, Action.READ_CONSENTS, clientId);
    return consents.ofClient(clientId).stream().map(c -> ConsentView.of(c, catalogue)).toList();
  }

  /** Every consent of a client, for its export (already authorised and audited). */
  public List<ConsentView> exportOf(String clientId) {
    return consents.ofClient(clientId).stream().map(c -> ConsentView.of(c, catalogue)).toList();
  }

  private static org.xinqiao.contracts.Modality modality(Modality m) {
    return m == null ? null : org.xinqiao.contracts.Modality.valueOf(m.name());
  }
}
