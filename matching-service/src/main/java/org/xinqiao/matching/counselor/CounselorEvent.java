package org.xinqiao.matching.counselor;

import java.time.Instant;
import java.time.LocalDate;

/** Facts a counsellor's lifecycle records; the messaging layer turns them into published events. */
public sealed interface CounselorEvent {

  String counselorId();

  record Onboarded(String counselorId, String clinicId, String provinceCode, Licence licence, Instant at)
      implements CounselorEvent {}

  record Verified(String counselorId, String clinicId, LocalDate licenceExpiresOn, Instant at)
      implements CounselorEvent {}

  record Rejected(String counselorId, String clinicId, String reasonCode, Instant at) implements CounselorEvent {}

  record Suspended(String counselorId, String clinicId, String reasonCode, Instant at) implements CounselorEvent {}

  record Reinstated(String counselorId, String clinicId, Instant at) implements CounselorEvent {}
}
