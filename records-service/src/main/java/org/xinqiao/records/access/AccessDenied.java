package org.xinqiao.records.access;

import java.util.Map;
import org.xinqiao.kit.problem.DomainException;
import org.xinqiao.kit.problem.ProblemKind;

/** The caller may not do this to this client's data; the refusal was audited. */
public class AccessDenied extends DomainException {

  private final String reason;

  public AccessDenied(String reason) {
    super(ProblemKind.FORBIDDEN, "access-denied", "You may not do this for this client (" + reason + ").");
    this.reason = reason;
  }

  @Override
  public Map<String, Object> details() {
    return Map.of("reason", reason);
  }
}
