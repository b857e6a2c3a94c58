package org.xinqiao.contracts.matching;

import java.time.Instant;
import java.util.Objects;

/**
 * A suspended counsellor was reinstated and may take bookings again. Published as
 * {@code counselor.reinstated.v1}.
 */
public record CounselorReinstated(
    String counselorId,
    String clinicId,
    Instant reinstatedAt) {

  public CounselorReinstated {
    Objects.requireNonNull(counselorId, "counselorId");
    Objects.requireNonNull(clinicId, "clinicId");
    Objects.requireNonNull(reinstatedAt, "reinstatedAt");
  }
}
