package org.xinqiao.matching.counselor;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.xinqiao.kit.outbox.OutboxRelay;
import org.xinqiao.kit.security.Actor;
import org.xinqiao.matching.clinic.Clinic;
import org.xinqiao.matching.clinic.ClinicAccess;
import org.xinqiao.matching.clinic.ClinicService;
import org.xinqiao.matching.common.Idempotency;
import org.xinqiao.matching.common.PageResult;
import org.xinqiao.matching.counselor.CounselorProblems.ConcurrentChange;
import org.xinqiao.matching.counselor.CounselorProblems.CounselorNotFound;
import org.xinqiao.matching.counselor.messaging.CounselorEventMapper;
import org.xinqiao.matching.region.Regions;

/** Onboarding, verification, suspension and licence expiry of counsellors. */
@Service
public class CounselorService {

  private static final Logger log = LoggerFactory.getLogger(CounselorService.class);

  private final CounselorStore store;
  private final ClinicService clinics;
  private final Regions regions;
  private final OutboxRelay relay;
  private final ApplicationEventPublisher publisher;
  private final MeterRegistry meters;
  private final Clock clock;

  CounselorService(CounselorStore store, ClinicService clinics, Regions regions, OutboxRelay relay,
      ApplicationEventPublisher publisher, MeterRegistry meters, Clock clock) {
    this.store = store;
    this.clinics = clinics;
    this.regions = regions;
    this.relay = relay;
    this.publisher = publisher;
    this.meters = meters;
    this.clock = clock;
  }

  /** What a clinic states to onboard a counsellor. */
  public record Onboarding(CounselorProfile profile, String licenceNumber, boolean nationalLicence,
      List<String> licenceProvinces, LocalDate licenceExpiresOn) {}

  public Counselor onboard(Actor actor, String clinicId, Onboarding o, Idempotency idem) {
    ClinicAccess.requireAdminOf(actor, clinicId);
    Clinic clinic = clinics.get(clinicId);
    o.licenceProvinces().forEach(regions::get);
    Licence licence = new Licence(o.licenceNumber(), o.nationalLicence(), java.util.Set.copyOf(o.licenceProvinces()),
        o.licenceExpiresOn());
    Instant now = clock.instant();
    Counselor c = Counselor.onboard(UUID.randomUUID().toString(), clinic.id(), clinic.provinceCode(), o.profile(),
        licence, now);
    Counselor stored = store.insert(c, CounselorEventMapper.outbox(c.pendingEvents()), idem, now);
    if (stored == c) {
      count("onboarded");
      changed(c.id(), false);
    }
    return stored;
  }

  public CounselorStore.Stored get(String id) {
    return store.find(id).orElseThrow(() -> new CounselorNotFound(id));
  }

  public PageResult<CounselorStore.Stored> listOfClinic(Actor actor, String clinicId, int page, int size) {
    ClinicAccess.requireAdminOfOrOps(actor, clinicId);
    clinics.get(clinicId);
    return new PageResult<>(store.pageOfClinic(clinicId, page, size), page, size, store.countOfClinic(clinicId));
  }

  public Counselor verify(Actor actor, String id, LocalDate licenceExpiresOn) {
    return transition(actor, id, "verified", (c, now) -> c.verify(licenceExpiresOn, now), true);
  }

  public Counselor reject(Actor actor, String id, String reasonCode) {
    return transition(actor, id, "rejected", (c, now) -> c.reject(reasonCode, now), false);
  }

  public Counselor suspend(Actor actor, String id, String reasonCode) {
    return transition(actor, id, "suspended", (c, now) -> c.suspend(reasonCode, now), false);
  }

  public Counselor reinstate(Actor actor, String id, LocalDate renewedUntil) {
    return transition(actor, id, "reinstated", (c, now) -> c.reinstate(renewedUntil, now), true);
  }

  /**
   * Suspends every verified counsellor whose licence has expired by {@code now}, with reason
   * LICENCE_EXPIRED; returns how many. Run on a schedule, and callable with any moment.
   */
  public int sweepExpiredLicences(Instant now) {
    int suspended = 0;
    for (String id : store.verifiedWithLicenceExpiredBefore(LocalDate.ofInstant(now, Licence.LICENSING_ZONE))) {
      try {
        Counselor c = get(id).counselor();
        if (c.expireLicenceIfDue(now)) {
          store.update(c, CounselorEventMapper.outbox(c.pendingEvents()), now);
          suspended++;
          count("licence_expired");
          changed(id, false);
        }
      } catch (ConcurrentChange e) {
        log.info("licence sweep skipped a counsellor changed meanwhile; the next sweep retries");
      }
    }
    if (suspended > 0) {
      relay.nudge();
    }
    return suspended;
  }

  /** Booking announced free time; applied once and only if newer than what we hold. */
  public void availabilityChanged(String counselorId, Instant nextFreeSlot, int freeSlots, Instant changedAt,
      String eventId) {
    if (store.recordAvailability(counselorId, nextFreeSlot, freeSlots, changedAt, eventId, clock.instant())) {
      changed(counselorId, freeSlots > 0);
    }
  }

  interface Step {
    void apply(Counselor c, Instant now);
  }

  private Counselor transition(Actor actor, String id, String what, Step step, boolean supplyGrows) {
    Counselor c = get(id).counselor();
    ClinicAccess.requireAdminOf(actor, c.clinicId());
    Instant now = clock.instant();
    step.apply(c, now);
    store.update(c, CounselorEventMapper.outbox(c.pendingEvents()), now);
    relay.nudge();
    count(what);
    changed(id, supplyGrows);
    return c;
  }

  private void changed(String id, boolean supplyGrew) {
    publisher.publishEvent(new CounselorChanged(id, supplyGrew));
  }

  private void count(String transition) {
    meters.counter("xinqiao.matching.counselor.transitions", "transition", transition).increment();
  }
}
