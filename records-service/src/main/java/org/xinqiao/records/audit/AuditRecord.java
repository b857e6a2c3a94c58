package org.xinqiao.records.audit;

/** What a caller asks to be audited; the log adds sequence, time and hashes. */
public record AuditRecord(
    String actor,
    String roles,
    String action,
    String clientId,
    String purpose,
    Outcome outcome,
    String reason,
    String caseId,
    String correlationId) {

  /** Whether the access happened. */
  public enum Outcome {
    ALLOWED,
    DENIED
  }
}
