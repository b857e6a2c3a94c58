package org.xinqiao.crisis.routing;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.xinqiao.kit.problem.DomainException;
import org.xinqiao.kit.problem.ProblemKind;

/** Who is on call for a region's crisis line, by time window. */
public record Roster(String regionCode, List<RosterShift> shifts, Instant updatedAt, String updatedBy) {

  public static final int MAX_SHIFTS = 500;

  public Roster {
    shifts = List.copyOf(shifts).stream().sorted(Comparator.comparing(RosterShift::startsAt)).toList();
  }

  /** A new roster replacing the old one; shifts must be well-formed. */
  public static Roster replace(String regionCode, List<RosterShift> shifts, String by, Instant now) {
    if (shifts.size() > MAX_SHIFTS) {
      throw new InvalidRoster("A roster holds at most " + MAX_SHIFTS + " shifts.");
    }
    for (RosterShift s : shifts) {
      if (!s.endsAt().isAfter(s.startsAt())) {
        throw new InvalidRoster("Every shift must end after it starts.");
      }
    }
    return new Roster(regionCode, shifts, now, by);
  }

  /** The team on call at {@code t}: of the shifts covering it, the one that started last. */
  public Optional<String> onCallAt(Instant t) {
    return shifts.stream().filter(s -> s.covers(t)).max(Comparator.comparing(RosterShift::startsAt))
        .map(RosterShift::teamId);
  }

  public static final class InvalidRoster extends DomainException {
    public InvalidRoster(String message) {
      super(ProblemKind.UNPROCESSABLE, "invalid-roster", message);
    }
  }
}
