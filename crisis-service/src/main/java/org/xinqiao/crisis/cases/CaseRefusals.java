package org.xinqiao.crisis.cases;

import org.xinqiao.kit.problem.DomainException;
import org.xinqiao.kit.problem.ProblemKind;

/** The refusals of case rules; each has a stable problem code. */
public final class CaseRefusals {

  private CaseRefusals() {}

  public static final class CaseNotFound extends DomainException {
    public CaseNotFound(String id) {
      super(ProblemKind.NOT_FOUND, "case-not-found", "No crisis case " + id + " is visible to you.");
    }
  }

  public static final class CaseClosed extends DomainException {
    public CaseClosed(String id) {
      super(ProblemKind.CONFLICT, "case-closed", "Crisis case " + id + " is already resolved.");
    }
  }

  public static final class AlreadyAcknowledged extends DomainException {
    public AlreadyAcknowledged(String id) {
      super(ProblemKind.CONFLICT, "case-already-acknowledged", "Crisis case " + id + " was acknowledged by another responder.");
    }
  }

  public static final class NotAcknowledged extends DomainException {
    public NotAcknowledged(String id) {
      super(ProblemKind.CONFLICT, "case-not-acknowledged", "Acknowledge crisis case " + id + " before resolving it.");
    }
  }

  public static final class EmergencyStepRequired extends DomainException {
    public EmergencyStepRequired(String id) {
      super(ProblemKind.CONFLICT, "emergency-step-required",
          "An unreachable client in imminent danger: request emergency services on case " + id + " before closing it.");
    }
  }

  public static final class NotYourClient extends DomainException {
    public NotYourClient() {
      super(ProblemKind.FORBIDDEN, "not-your-client", "You may report only for clients you act for.");
    }
  }

  public static final class ClientRequired extends DomainException {
    public ClientRequired() {
      super(ProblemKind.INVALID, "client-id-required", "Name the client this signal is about.");
    }
  }

  public static final class IdempotencyKeyReused extends DomainException {
    public IdempotencyKeyReused() {
      super(ProblemKind.UNPROCESSABLE, "idempotency-key-reused", "This Idempotency-Key was used for a different request.");
    }
  }

  public static final class ConcurrentChange extends DomainException {
    public ConcurrentChange(String id) {
      super(ProblemKind.CONFLICT, "concurrent-change", "Crisis case " + id + " kept changing; try again.");
    }
  }
}
