package org.xinqiao.matching.match;

import org.xinqiao.kit.problem.DomainException;
import org.xinqiao.kit.problem.ProblemKind;
import org.xinqiao.kit.security.Actor;
import org.xinqiao.matching.match.MatchProblems.MatchNotFound;

/**
 * Object-level rules for match requests: a client acts for themself, a partner for the clients it
 * registered; anybody else is told nothing exists.
 */
final class MatchAccess {

  private MatchAccess() {}

  static boolean mayRead(Actor actor, MatchRequest m) {
    if (actor.has(Actor.CLIENT) && m.clientId().equals(actor.pseudonymId())) {
      return true;
    }
    return actor.has(Actor.PARTNER) && m.partnerId() != null && m.partnerId().equals(actor.partnerId());
  }

  static void requireRead(Actor actor, MatchRequest m) {
    if (!mayRead(actor, m)) {
      throw new MatchNotFound(m.id());
    }
  }

  static final class NotYourClient extends DomainException {
    NotYourClient() {
      super(ProblemKind.FORBIDDEN, "not-your-client", "A client may ask for a match for themself only.");
    }
  }
}
