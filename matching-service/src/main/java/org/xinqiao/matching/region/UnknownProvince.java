package org.xinqiao.matching.region;

import org.xinqiao.kit.problem.DomainException;
import org.xinqiao.kit.problem.ProblemKind;

/** A province code that is not a GB/T 2260 province-level division. */
public final class UnknownProvince extends DomainException {
  public UnknownProvince(String code) {
    super(ProblemKind.UNPROCESSABLE, "unknown-province", "No province-level division has the code " + code + ".");
  }
}
