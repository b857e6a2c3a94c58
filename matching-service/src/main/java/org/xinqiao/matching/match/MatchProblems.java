package org.xinqiao.matching.match;

import org.xinqiao.kit.problem.DomainException;
import org.xinqiao.kit.problem.ProblemKind;

/** Refusals of matching, each with its stable problem code. */
public final class MatchProblems {

  private MatchProblems() {}

  public static final class MatchNotFound extends DomainException {
    public MatchNotFound(String id) {
      super(ProblemKind.NOT_FOUND, "match-not-found", "No match " + id + ".");
    }
  }

  public static final class NotProposed extends DomainException {
    public NotProposed(String matchId, String counselorId) {
      super(ProblemKind.UNPROCESSABLE, "counselor-not-proposed",
          "Counsellor " + counselorId + " was not proposed in match " + matchId + ".");
    }
  }

  public static final class IllegalMatchTransition extends DomainException {
    public IllegalMatchTransition(String id, MatchStatus status, String action) {
      super(ProblemKind.CONFLICT, "match-illegal-transition",
          "Match " + id + " is " + status + " and cannot be " + action + ".");
    }
  }

  public static final class CounselorNoLongerAvailable extends DomainException {
    public CounselorNoLongerAvailable(String counselorId) {
      super(ProblemKind.CONFLICT, "counselor-no-longer-available",
          "Counsellor " + counselorId + " can no longer take this client; ask for a new match.");
    }
  }

  public static final class ClientNotFound extends DomainException {
    public ClientNotFound(String clientId) {
      super(ProblemKind.NOT_FOUND, "client-not-found", "No client " + clientId + " known to this caller.");
    }
  }

  public static final class ConcurrentMatchChange extends DomainException {
    public ConcurrentMatchChange(String id) {
      super(ProblemKind.CONFLICT, "concurrent-change", "Match " + id + " was changed meanwhile; retry.");
    }
  }
}
