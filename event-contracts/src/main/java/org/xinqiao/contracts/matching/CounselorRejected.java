package org.xinqiao.contracts.matching;

import java.time.Instant;
import java.util.Objects;

/**
 * A counsellor's licence could not be verified; the counsellor never takes bookings. Published as
 * {@code counselor.rejected.v1}.
 *
 * @param reasonCode why, e.g. {@code LICENCE_NOT_FOUND}, {@code LICENCE_EXPIRED},
 *     {@code SCOPE_MISMATCH}
 */
public record CounselorRejected(
    String counselorId,
    String clinicId,
    String reasonCode,
    Instant rejectedAt) {

  public CounselorRejected {
    Objects.requireNonNull(counselorId, "counselorId");
    Objects.requireNonNull(clinicId, "clinicId");
    Objects.requireNonNull(reasonCode, "reasonCode");
    Objects.requireNonNull(rejectedAt, "rejectedAt");
  }
}
