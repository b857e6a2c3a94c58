package org.xinqiao.matching.counselor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.xinqiao.matching.counselor.CounselorProblems.IllegalTransition;
import org.xinqiao.matching.counselor.CounselorProblems.LicenceExpired;

/**
 * A counsellor of a clinic: onboarded as PENDING_VERIFICATION, then VERIFIED or REJECTED; a
 * verified counsellor may be SUSPENDED (by the clinic, or automatically when the licence expires)
 * and reinstated. Every transition records its event.
 */
public final class Counselor {

  public static final String LICENCE_EXPIRED = "LICENCE_EXPIRED";

  private final String id;
  private final String clinicId;
  private final String provinceCode;
  private final CounselorProfile profile;
  private final Instant onboardedAt;
  private Licence licence;
  private CounselorStatus status;
  private String statusReason;
  private Instant statusChangedAt;
  private final long version;
  private final List<CounselorEvent> events = new ArrayList<>();

  private Counselor(String id, String clinicId, String provinceCode, CounselorProfile profile, Licence licence,
      CounselorStatus status, String statusReason, Instant onboardedAt, Instant statusChangedAt, long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.clinicId = Objects.requireNonNull(clinicId, "clinicId");
    this.provinceCode = Objects.requireNonNull(provinceCode, "provinceCode");
    this.profile = Objects.requireNonNull(profile, "profile");
    this.licence = Objects.requireNonNull(licence, "licence");
    this.status = Objects.requireNonNull(status, "status");
    this.statusReason = statusReason;
    this.onboardedAt = Objects.requireNonNull(onboardedAt, "onboardedAt");
    this.statusChangedAt = statusChangedAt;
    this.version = version;
  }

  /** A clinic onboards a counsellor; they wait for verification. */
  public static Counselor onboard(String id, String clinicId, String clinicProvince, CounselorProfile profile,
      Licence licence, Instant now) {
    Counselor c = new Counselor(id, clinicId, clinicProvince, profile, licence, CounselorStatus.PENDING_VERIFICATION,
        null, now, now, 0);
    c.events.add(new CounselorEvent.Onboarded(id, clinicId, clinicProvince, licence, now));
    return c;
  }

  /** Rebuilds a stored counsellor; records no event. */
  public static Counselor restore(String id, String clinicId, String provinceCode, CounselorProfile profile,
      Licence licence, CounselorStatus status, String statusReason, Instant onboardedAt, Instant statusChangedAt,
      long version) {
    return new Counselor(id, clinicId, provinceCode, profile, licence, status, statusReason, onboardedAt,
        statusChangedAt, version);
  }

  /** The clinic confirmed the licence, valid until {@code expiresOn} (the stated expiry when null). */
  public void verify(LocalDate expiresOn, Instant now) {
    requireStatus(CounselorStatus.PENDING_VERIFICATION, "verified");
    Licence checked = expiresOn == null ? licence : licence.renewedUntil(expiresOn);
    if (!checked.validOn(now)) {
      throw new LicenceExpired(id);
    }
    licence = checked;
    moveTo(CounselorStatus.VERIFIED, null, now);
    events.add(new CounselorEvent.Verified(id, clinicId, licence.expiresOn(), now));
  }

  public void reject(String reasonCode, Instant now) {
    requireStatus(CounselorStatus.PENDING_VERIFICATION, "rejected");
    moveTo(CounselorStatus.REJECTED, reasonCode, now);
    events.add(new CounselorEvent.Rejected(id, clinicId, reasonCode, now));
  }

  public void suspend(String reasonCode, Instant now) {
    requireStatus(CounselorStatus.VERIFIED, "suspended");
    moveTo(CounselorStatus.SUSPENDED, reasonCode, now);
    events.add(new CounselorEvent.Suspended(id, clinicId, reasonCode, now));
  }

  /** Back to practice; a renewed expiry may come with it, and the licence must be valid. */
  public void reinstate(LocalDate renewedUntil, Instant now) {
    requireStatus(CounselorStatus.SUSPENDED, "reinstated");
    Licence checked = renewedUntil == null ? licence : licence.renewedUntil(renewedUntil);
    if (!checked.validOn(now)) {
      throw new LicenceExpired(id);
    }
    licence = checked;
    moveTo(CounselorStatus.VERIFIED, null, now);
    events.add(new CounselorEvent.Reinstated(id, clinicId, now));
  }

  /** Suspends a verified counsellor whose licence is no longer valid; true when it did. */
  public boolean expireLicenceIfDue(Instant now) {
    if (status != CounselorStatus.VERIFIED || licence.validOn(now)) {
      return false;
    }
    suspend(LICENCE_EXPIRED, now);
    return true;
  }

  /** May be proposed to clients now: verified and licence valid. */
  public boolean practising(Instant now) {
    return status == CounselorStatus.VERIFIED && licence.validOn(now);
  }

  private void requireStatus(CounselorStatus expected, String action) {
    if (status != expected) {
      throw new IllegalTransition(id, status, action);
    }
  }

  private void moveTo(CounselorStatus next, String reason, Instant now) {
    status = next;
    statusReason = reason;
    statusChangedAt = now;
  }

  /** Events recorded since loading, in order; the caller stores them with the state. */
  public List<CounselorEvent> pendingEvents() {
    return List.copyOf(events);
  }

  public String id() {
    return id;
  }

  public String clinicId() {
    return clinicId;
  }

  public String provinceCode() {
    return provinceCode;
  }

  public CounselorProfile profile() {
    return profile;
  }

  public Licence licence() {
    return licence;
  }

  public CounselorStatus status() {
    return status;
  }

  public String statusReason() {
    return statusReason;
  }

  public Instant onboardedAt() {
    return onboardedAt;
  }

  public Instant statusChangedAt() {
    return statusChangedAt;
  }

  public long version() {
    return version;
  }
}
