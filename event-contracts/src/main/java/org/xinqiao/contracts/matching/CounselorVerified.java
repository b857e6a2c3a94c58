package org.xinqiao.contracts.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A counsellor's licence was verified; the counsellor may take bookings until it expires. Published
 * as {@code counselor.verified.v1}.
 */
public record CounselorVerified(
    String counselorId,
    String clinicId,
    LocalDate licenceExpiresOn,
    Instant verifiedAt) {

  public CounselorVerified {
    Objects.requireNonNull(counselorId, "counselorId");
    Objects.requireNonNull(clinicId, "clinicId");
    Objects.requireNonNull(licenceExpiresOn, "licenceExpiresOn");
    Objects.requireNonNull(verifiedAt, "verifiedAt");
  }
}
