package org.xinqiao.contracts.matching;

import java.time.Instant;
import java.util.Objects;

/**
 * A clinic onboarded a counsellor, who waits for licence verification before taking bookings.
 * Published as {@code counselor.onboarded.v1}.
 *
 * @param provinceCode province of the clinic
 * @param licenceScope where the counsellor's licence allows practice
 */
public record CounselorOnboarded(
    String counselorId,
    String clinicId,
    String provinceCode,
    LicenceScope licenceScope,
    Instant onboardedAt) {

  public CounselorOnboarded {
    Objects.requireNonNull(counselorId, "counselorId");
    Objects.requireNonNull(clinicId, "clinicId");
    Objects.requireNonNull(provinceCode, "provinceCode");
    Objects.requireNonNull(licenceScope, "licenceScope");
    Objects.requireNonNull(onboardedAt, "onboardedAt");
  }
}
