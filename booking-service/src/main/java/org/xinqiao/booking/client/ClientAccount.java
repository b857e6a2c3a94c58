package org.xinqiao.booking.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xinqiao.booking.shared.Modality;
import org.xinqiao.booking.shared.Refusals;
import org.xinqiao.kit.problem.ProblemKind;

/**
 * Booking's view of a pseudonymous client: the partner that registered it (object-level
 * authorisation), its SERVICE consents per modality (granted ids minus withdrawn ids, so the order
 * in which the two events arrive does not matter), its remaining entitlements and its schedule of
 * holds. The document carries a version; a change is written only if the version is unchanged, which
 * makes the overlap check and the entitlement use atomic per client.
 */
public record ClientAccount(
    String id,
    String partnerId,
    Map<String, Modality> grantedConsents,
    Set<String> withdrawnConsents,
    int freeRemaining,
    int makeUpRemaining,
    List<Hold> schedule,
    boolean erased,
    long version) {

  public ClientAccount {
    grantedConsents = Map.copyOf(grantedConsents);
    withdrawnConsents = Set.copyOf(withdrawnConsents);
    schedule = List.copyOf(schedule);
  }

  public boolean registered() {
    return partnerId != null && !erased;
  }

  public boolean hasConsentFor(Modality modality) {
    return grantedConsents.entrySet().stream()
        .anyMatch(e -> e.getValue() == modality && !withdrawnConsents.contains(e.getKey()));
  }

  public void requireConsentFor(Modality modality) {
    if (!hasConsentFor(modality)) {
      throw new Refusals.Refusal(ProblemKind.UNPROCESSABLE, "consent-missing",
          "The client has no valid service consent for " + modality + ".", Map.of("modality", modality.name()));
    }
  }

  /** Refuses with {@code client-overlap} when another booking of this client overlaps the time. */
  public void requireFree(Instant start, Instant end, String exceptBookingId) {
    boolean clash = schedule.stream()
        .anyMatch(h -> !h.bookingId().equals(exceptBookingId) && h.overlaps(start, end));
    if (clash) {
      throw Refusals.conflict("client-overlap", "The client already has a booking at that time.");
    }
  }

  /** Which entitlement a new booking uses: a make-up session first, then a free first session. */
  public Entitlement nextEntitlement() {
    if (makeUpRemaining > 0) {
      return Entitlement.MAKE_UP;
    }
    if (freeRemaining > 0) {
      return Entitlement.FREE_FIRST;
    }
    return Entitlement.NONE;
  }
}
