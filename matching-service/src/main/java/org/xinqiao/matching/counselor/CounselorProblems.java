package org.xinqiao.matching.counselor;

import org.xinqiao.kit.problem.DomainException;
import org.xinqiao.kit.problem.ProblemKind;

/** Refusals of the counsellor directory, each with its stable problem code. */
public final class CounselorProblems {

  private CounselorProblems() {}

  public static final class CounselorNotFound extends DomainException {
    public CounselorNotFound(String id) {
      super(ProblemKind.NOT_FOUND, "counselor-not-found", "No counsellor " + id + ".");
    }
  }

  public static final class IllegalTransition extends DomainException {
    public IllegalTransition(String id, CounselorStatus status, String action) {
      super(ProblemKind.CONFLICT, "counselor-illegal-transition",
          "Counsellor " + id + " is " + status + " and cannot be " + action + ".");
    }
  }

  public static final class LicenceExpired extends DomainException {
    public LicenceExpired(String id) {
      super(ProblemKind.UNPROCESSABLE, "licence-expired",
          "The licence of counsellor " + id + " has expired; renew it before verifying or reinstating.");
    }
  }

  public static final class LicenceNumberTaken extends DomainException {
    public LicenceNumberTaken() {
      super(ProblemKind.CONFLICT, "licence-number-taken", "A counsellor with this licence number is already onboarded.");
    }
  }

  public static final class ConcurrentChange extends DomainException {
    public ConcurrentChange(String id) {
      super(ProblemKind.CONFLICT, "concurrent-change", "Counsellor " + id + " was changed meanwhile; retry.");
    }
  }
}
