package org.xinqiao.records.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the tamper-evident log: who (subject and roles) did what to whose record, why, with
 * what outcome and when. {@code hash} = SHA-256(previousHash + canonical form of every other field).
 * It never holds clinical content or identity, only ids and codes.
 */
public record AuditEntry(
    long seq,
    Instant at,
    String actor,
    String roles,
    String action,
    String clientId,
    String purpose,
    String outcome,
    String reason,
    String caseId,
    String correlationId,
    String previousHash,
    String hash) {

  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(previousHash, "previousHash");
  }
}
