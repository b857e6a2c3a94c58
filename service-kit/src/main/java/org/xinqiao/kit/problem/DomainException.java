package org.xinqiao.kit.problem;

import java.util.Map;

/**
 * A refusal by a domain rule. It carries a stable code (the last segment of the problem type URI)
 * and a kind, never an HTTP status; one advice turns it into problem details.
 */
public abstract class DomainException extends RuntimeException {

  private final String code;
  private final ProblemKind kind;

  protected DomainException(ProblemKind kind, String code, String message) {
    super(message);
    this.kind = kind;
    this.code = code;
  }

  public String code() {
    return code;
  }

  public ProblemKind kind() {
    return kind;
  }

  /** Extra members for the problem document (for example the items a check failed on). No personal data. */
  public Map<String, Object> details() {
    return Map.of();
  }
}
