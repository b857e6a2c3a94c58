package org.xinqiao.records.client;

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
import org.xinqiao.contracts.records.ClientErased;
import org.xinqiao.contracts.records.ClientRegistered;
import org.xinqiao.kit.outbox.Outbox;
import org.xinqiao.kit.outbox.OutboxEvent;
import org.xinqiao.kit.outbox.OutboxRelay;
import org.xinqiao.kit.security.Actor;
import org.xinqiao.records.access.AccessDenied;
import org.xinqiao.records.access.Action;
import org.xinqiao.records.access.Guard;
import org.xinqiao.records.audit.AuditRecord.Outcome;
import org.xinqiao.records.care.CareLinks;
import org.xinqiao.records.client.ClientRepository.ClientDocument;
import org.xinqiao.records.common.Idempotency;
import org.xinqiao.records.common.PageView;
import org.xinqiao.records.common.Paging;
import org.xinqiao.records.crypto.FieldCipher;
import org.xinqiao.records.crypto.WrappedKey;

/** Registration, reads, break-glass and erasure of clients; every access decided and audited by the guard. */
@Service
public class ClientService {

  private final ClientRepository clients;
  private final FieldCipher cipher;
  private final Guard guard;
  private final CareLinks care;
  private final OutboxRelay relay;
  private final Clock clock;
  private final MeterRegistry meters;

  public ClientService(ClientRepository clients, FieldCipher cipher, Guard guard, CareLinks care, OutboxRelay relay,
      Clock clock, MeterRegistry meters) {
    this.clients = clients;
    this.cipher = cipher;
    this.guard = guard;
    this.care = care;
    this.relay = relay;
    this.clock = clock;
    this.meters = meters;
  }

  /** What break-glass reveals: the emergency contact and location, and the case it was read under. */
  public record EmergencyDetails(String clientId, String caseId, Identity.EmergencyContact emergencyContact,
      String location) {}

  public ClientView register(Actor actor, Registration r, String idempotencyKey) {
    if (!actor.has(Actor.PARTNER) || actor.partnerId() == null) {
      guard.record(actor, Action.REGISTER_CLIENT, null, "PARTNER_SERVICE", Outcome.DENIED, "not-a-partner", null);
      throw new AccessDenied("not-a-partner");
    }
    String id = UUID.randomUUID().toString();
    String slot = Idempotency.slot(actor.partnerId(), idempotencyKey, id);
    String fingerprint = Idempotency.fingerprint(r);
    Instant now = clock.instant();
    Client client = Client.register(id, actor.partnerId(), r.partnerRef(), r.provinceCode(), r.languages(),
        r.ageGroup(), r.gender(), now);
    WrappedKey key = cipher.newDataKey(id);
    Map<String, String> identity = IdentityCodec.seal(cipher, key, id, r.identity());
    OutboxEvent event = Outbox.entry(Topics.RECORDS, EventEnvelope.of(
        EventTypes.find(EventTypes.CLIENT_REGISTERED).orElseThrow(), id, now,
        new ClientRegistered(id, actor.partnerId(), r.provinceCode(),
            org.xinqiao.contracts.records.AgeGroup.valueOf(r.ageGroup().name()), now)));
    try {
      clients.insert(client, identity, key, slot, fingerprint, List.of(event));
    } catch (DuplicateKeyException clash) {
      ClientDocument earlier = clients.findBySlot(slot).orElseThrow(ClientRefused::referenceTaken);
      if (!earlier.fingerprint().equals(fingerprint)) {
        throw Idempotency.reused();
      }
      return ClientView.of(earlier);
    }
    relay.nudge();
    guard.record(actor, Action.REGISTER_CLIENT, id, "PARTNER_SERVICE", Outcome.ALLOWED, "permitted", null);
    meters.counter("xinqiao.records.clients.registered", "province", r.provinceCode()).increment();
    return ClientView.of(clients.find(id).orElseThrow());
  }

  /** The pseudonymous view; the partner's own reference is shown only to the partner and the client. */
  public ClientView get(Actor actor, String id) {
    ClientView view = ClientView.of(guard.require(actor, Action.VIEW_PROFILE, id));
    return actor.hasAny(Actor.PARTNER, Actor.CLIENT) ? view : view.withoutPartnerRef();
  }

  /** A partner's own clients, or a client's own record. */
  public PageView<ClientView> list(Actor actor, Paging paging) {
    if (actor.has(Actor.PARTNER) && actor.partnerId() != null) {
      List<ClientView> items = clients.byPartner(actor.partnerId(), paging.skip(), paging.size()).stream()
          .map(ClientView::of).toList();
      guard.record(actor, Action.LIST_CLIENTS, null, "PARTNER_SERVICE", Outcome.ALLOWED, "permitted", null);
      return paging.view(items, clients.countByPartner(actor.partnerId()));
    }
    if (actor.has(Actor.CLIENT) && actor.pseudonymId() != null) {
      ClientView own = get(actor, actor.pseudonymId());
      return paging.view(paging.page() == 0 ? List.of(own) : List.of(), 1);
    }
    throw new AccessDenied("role-not-permitted");
  }

  /** Break-glass: a crisis responder with an open case routed to their team reads contact and location. */
  public EmergencyDetails emergencyContact(Actor actor, String id, String caseId) {
    String underCase = care.openCases(id).stream()
        .filter(c -> actor.teamId() != null && c.teams().contains(actor.teamId()))
        .filter(c -> caseId == null || c.caseId().equals(caseId))
        .map(CareLinks.OpenCase::caseId).findFirst().orElse(caseId);
    ClientDocument doc = guard.require(actor, Action.READ_EMERGENCY_CONTACT, id, underCase);
    if (caseId != null && !caseId.equals(underCase)) {
      throw new AccessDenied("case-not-routed-to-team");
    }
    meters.counter("xinqiao.records.break_glass.reads").increment();
    if (doc.toClient().isErased()) {
      throw ClientRefused.erased(id);
    }
    Identity identity = IdentityCodec.open(cipher, doc.dataKey(), id, doc.identity());
    return new EmergencyDetails(id, underCase, identity.emergencyContact(), identity.location());
  }

  /** The identity in clear, for export only (the caller has been authorised and audited). */
  public Identity identityOf(ClientDocument doc) {
    if (doc.toClient().isErased()) {
      return Identity.NONE;
    }
    return IdentityCodec.open(cipher, doc.dataKey(), doc.id(), doc.identity());
  }

  /** Erasure: refused under a legal hold (open crisis case); otherwise the data key is destroyed. */
  public ClientView erase(Actor actor, String id) {
    ClientDocument doc = guard.require(actor, Action.ERASE, id);
    Instant now = clock.instant();
    Client erased;
    try {
      erased = doc.toClient().erase(care.hasOpenCase(id), now);
    } catch (ClientRefused refused) {
      guard.record(actor, Action.ERASE, id, "ERASURE", Outcome.DENIED, refused.code(), null);
      throw refused;
    }
    OutboxEvent event = Outbox.entry(Topics.RECORDS, EventEnvelope.of(
        EventTypes.find(EventTypes.CLIENT_ERASED).orElseThrow(), id, now,
        new ClientErased(id, erased.partnerId(), now)));
    if (!clients.markErased(erased, List.of(event))) {
      throw ClientRefused.erased(id);
    }
    relay.nudge();
    meters.counter("xinqiao.records.clients.erased").increment();
    return ClientView.of(clients.find(id).orElseThrow());
  }
}
