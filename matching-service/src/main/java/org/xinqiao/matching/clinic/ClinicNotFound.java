package org.xinqiao.matching.clinic;

import org.xinqiao.kit.problem.DomainException;
import org.xinqiao.kit.problem.ProblemKind;

public final class ClinicNotFound extends DomainException {
  public ClinicNotFound(String id) {
    super(ProblemKind.NOT_FOUND, "clinic-not-found", "No clinic " + id + ".");
  }
}
