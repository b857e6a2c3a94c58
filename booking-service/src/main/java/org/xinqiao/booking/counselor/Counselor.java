package org.xinqiao.booking.counselor;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.xinqiao.booking.availability.Availability;
import org.xinqiao.booking.shared.Refusals;
import org.xinqiao.kit.problem.ProblemKind;

/**
 * What booking knows of a counsellor: the clinic (for clinic-admin rights), the verification state
 * from matching, suspension, the licence expiry and the availability the counsellor published.
 */
public record Counselor(
    String id,
    String clinicId,
    CounselorStatus status,
    boolean suspended,
    LocalDate licenceExpiresOn,
    Availability availability) {

  public Counselor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
  }

  /** Bookable = verified, not suspended, licence valid on that day. */
  public boolean bookableOn(LocalDate day) {
    return status == CounselorStatus.VERIFIED && !suspended
        && (licenceExpiresOn == null || !licenceExpiresOn.isBefore(day));
  }

  /** Refuses with {@code counselor-not-bookable} and the reason when the counsellor cannot take bookings. */
  public void requireBookableOn(LocalDate day) {
    if (bookableOn(day)) {
      return;
    }
    String reason = suspended ? "SUSPENDED"
        : status != CounselorStatus.VERIFIED ? "NOT_VERIFIED" : "LICENCE_EXPIRED";
    throw new Refusals.Refusal(ProblemKind.UNPROCESSABLE, "counselor-not-bookable",
        "Counsellor " + id + " is not taking bookings.", Map.of("reason", reason));
  }
}
