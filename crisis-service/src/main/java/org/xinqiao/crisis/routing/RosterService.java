package org.xinqiao.crisis.routing;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.xinqiao.kit.problem.DomainException;
import org.xinqiao.kit.problem.ProblemKind;

/** Ops keep each region's on-call roster; routing reads who is on call when a case opens. */
@Service
public class RosterService {

  private final RosterStore store;
  private final Clock clock;

  public RosterService(RosterStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public Roster replace(String regionCode, List<RosterShift> shifts, String by) {
    Roster roster = Roster.replace(regionCode, shifts, by, clock.instant());
    store.save(roster);
    return roster;
  }

  public Roster get(String regionCode) {
    return store.find(regionCode).orElseThrow(() -> new RosterNotFound(regionCode));
  }

  static final class RosterNotFound extends DomainException {
    RosterNotFound(String region) {
      super(ProblemKind.NOT_FOUND, "roster-not-found", "No roster for region " + region + ".");
    }
  }
}
