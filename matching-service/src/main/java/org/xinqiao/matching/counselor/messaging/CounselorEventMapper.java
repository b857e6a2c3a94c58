package org.xinqiao.matching.counselor.messaging;

import java.util.List;
import org.xinqiao.contracts.EventEnvelope;
import org.xinqiao.contracts.EventTypes;
import org.xinqiao.contracts.Topics;
import org.xinqiao.contracts.matching.CounselorOnboarded;
import org.xinqiao.contracts.matching.CounselorReinstated;
import org.xinqiao.contracts.matching.CounselorRejected;
import org.xinqiao.contracts.matching.CounselorSuspended;
import org.xinqiao.contracts.matching.CounselorVerified;
import org.xinqiao.contracts.matching.LicenceScope;
import org.xinqiao.kit.outbox.Outbox;
import org.xinqiao.kit.outbox.OutboxEvent;
import org.xinqiao.matching.counselor.CounselorEvent;

/** Turns a counsellor's recorded facts into outbox entries for {@code matching.events}. */
public final class CounselorEventMapper {

  private CounselorEventMapper() {}

  public static List<OutboxEvent> outbox(List<CounselorEvent> events) {
    return events.stream().map(CounselorEventMapper::entry).toList();
  }

  static OutboxEvent entry(CounselorEvent event) {
    return Outbox.entry(Topics.MATCHING, envelope(event));
  }

  static EventEnvelope<?> envelope(CounselorEvent event) {
    if (event instanceof CounselorEvent.Onboarded e) {
      LicenceScope scope = e.licence().national() ? LicenceScope.nationwide()
          : new LicenceScope(false, e.licence().provinceCodes().stream().sorted().toList());
      return of(EventTypes.COUNSELOR_ONBOARDED, e.counselorId(), e.at(),
          new CounselorOnboarded(e.counselorId(), e.clinicId(), e.provinceCode(), scope, e.at()));
    }
    if (event instanceof CounselorEvent.Verified e) {
      return of(EventTypes.COUNSELOR_VERIFIED, e.counselorId(), e.at(),
          new CounselorVerified(e.counselorId(), e.clinicId(), e.licenceExpiresOn(), e.at()));
    }
    if (event instanceof CounselorEvent.Rejected e) {
      return of(EventTypes.COUNSELOR_REJECTED, e.counselorId(), e.at(),
          new CounselorRejected(e.counselorId(), e.clinicId(), e.reasonCode(), e.at()));
    }
    if (event instanceof CounselorEvent.Suspended e) {
      return of(EventTypes.COUNSELOR_SUSPENDED, e.counselorId(), e.at(),
          new CounselorSuspended(e.counselorId(), e.clinicId(), e.reasonCode(), e.at()));
    }
    CounselorEvent.Reinstated e = (CounselorEvent.Reinstated) event;
    return of(EventTypes.COUNSELOR_REINSTATED, e.counselorId(), e.at(),
        new CounselorReinstated(e.counselorId(), e.clinicId(), e.at()));
  }

  private static <T> EventEnvelope<T> of(String type, String subject, java.time.Instant at, T payload) {
    return EventEnvelope.of(EventTypes.find(type).orElseThrow(), subject, at, payload);
  }
}
