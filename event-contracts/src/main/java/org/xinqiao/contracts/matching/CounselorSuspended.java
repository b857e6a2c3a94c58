package org.xinqiao.contracts.matching;

import java.time.Instant;
import java.util.Objects;

/**
 * A counsellor was suspended and takes no new bookings until reinstated. Published as
 * {@code counselor.suspended.v1}.
 *
 * @param reasonCode why, e.g. {@code LICENCE_EXPIRED}, {@code COMPLAINT},
 *     {@code CLINIC_DECISION}
 */
public record CounselorSuspended(
    String counselorId,
    String clinicId,
    String reasonCode,
    Instant suspendedAt) {

  public CounselorSuspended {
    Objects.requireNonNull(counselorId, "counselorId");
    Objects.requireNonNull(clinicId, "clinicId");
    Objects.requireNonNull(reasonCode, "reasonCode");
    Objects.requireNonNull(suspendedAt, "suspendedAt");
  }
}
