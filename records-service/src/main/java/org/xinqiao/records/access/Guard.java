package org.xinqiao.records.access;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.xinqiao.kit.observability.CorrelationId;
import org.xinqiao.kit.security.Actor;
import org.xinqiao.records.audit.AuditLog;
import org.xinqiao.records.audit.AuditRecord;
import org.xinqiao.records.audit.AuditRecord.Outcome;
import org.xinqiao.records.care.CareLinks;
import org.xinqiao.records.client.ClientRefused;
import org.xinqiao.records.client.ClientRepository;
import org.xinqiao.records.client.ClientRepository.ClientDocument;

/**
 * Decides every access to a client's data with {@link AccessPolicy} and writes the audit entry,
 * allowed or denied, before anything is returned.
 */
@Component
public class Guard {

  private final AccessPolicy policy;
  private final ClientRepository clients;
  private final CareLinks care;
  private final SupervisionConsents supervision;
  private final AuditLog audit;
  private final MeterRegistry meters;

  public Guard(AccessPolicy policy, ClientRepository clients, CareLinks care, SupervisionConsents supervision,
      AuditLog audit, MeterRegistry meters) {
    this.policy = policy;
    this.clients = clients;
    this.care = care;
    this.supervision = supervision;
    this.audit = audit;
    this.meters = meters;
  }

  /** Whether a supervisor may read: the client's supervision consent is valid now. */
  public interface SupervisionConsents {
    boolean granted(String clientId);
  }

  /** Loads the client, decides, audits; returns the client document when allowed, else throws. */
  public ClientDocument require(Actor actor, Action action, String clientId) {
    return require(actor, action, clientId, null);
  }

  public ClientDocument require(Actor actor, Action action, String clientId, String caseId) {
    ClientDocument client = clients.find(clientId).orElse(null);
    if (client == null) {
      record(actor, action, clientId, "OTHER", Outcome.DENIED, "client-not-found", caseId);
      throw ClientRefused.notFound(clientId);
    }
    Relations relations = new Relations(clientId, client.partnerId(),
        actor.has(Actor.COUNSELOR) && care.holdsBooking(actor.counselorId(), clientId),
        actor.has(Actor.SUPERVISOR) && supervision.granted(clientId),
        actor.has(Actor.CRISIS_RESPONDER) ? care.openCaseTeams(clientId) : Set.of());
    Decision decision = policy.decide(actor, action, relations);
    record(actor, action, clientId, decision.purpose(), decision.allowed() ? Outcome.ALLOWED : Outcome.DENIED,
        decision.reason(), caseId);
    if (!decision.allowed()) {
      meters.counter("xinqiao.records.access.denied", "action", action.name(), "reason", decision.reason()).increment();
      throw new AccessDenied(decision.reason());
    }
    return client;
  }

  /** Audits an access decided elsewhere (for example a note-level refusal). */
  public void record(Actor actor, Action action, String clientId, String purpose, Outcome outcome, String reason,
      String caseId) {
    audit.append(new AuditRecord(actor.subject() == null ? "unknown" : actor.subject(), String.join(",", actor.roles()),
        action.name(), clientId, purpose, outcome, reason, caseId, MDC.get(CorrelationId.MDC_KEY)));
  }
}
