package org.xinqiao.matching.counselor.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xinqiao.kit.problem.DomainException;
import org.xinqiao.kit.problem.ProblemKind;
import org.xinqiao.kit.security.Actor;
import org.xinqiao.matching.clinic.ClinicAccess;
import org.xinqiao.matching.common.Idempotency;
import org.xinqiao.matching.common.PageResult;
import org.xinqiao.matching.counselor.AgeGroup;
import org.xinqiao.matching.counselor.Approach;
import org.xinqiao.matching.counselor.Counselor;
import org.xinqiao.matching.counselor.CounselorProblems.CounselorNotFound;
import org.xinqiao.matching.counselor.CounselorProfile;
import org.xinqiao.matching.counselor.CounselorService;
import org.xinqiao.matching.counselor.CounselorStatus;
import org.xinqiao.matching.counselor.CounselorStore;
import org.xinqiao.matching.counselor.Gender;
import org.xinqiao.matching.counselor.Modality;
import org.xinqiao.matching.counselor.Topic;

/** Counsellor onboarding by their clinic, the public directory, verification and suspension. */
@RestController
class CounselorController {

  record OnboardCounselorRequest(
      @NotBlank @Size(max = 100) String displayName,
      @NotNull Gender gender,
      @NotEmpty @Size(max = 10) Set<@Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})?") String> languages,
      @NotBlank @Size(max = 64) String licenceNumber,
      boolean nationalLicence,
      @Size(max = 34) List<@Pattern(regexp = "\\d{6}") String> licenceProvinces,
      @NotNull LocalDate licenceExpiresOn,
      @Size(max = 20) List<@NotBlank @Size(max = 200) String> qualifications,
      @NotNull Set<Approach> approaches,
      @NotNull Set<Topic> topics,
      @NotEmpty Set<Modality> modalities,
      @NotEmpty Set<AgeGroup> ageGroups,
      boolean crisisTrained,
      @Size(max = 64) String supervisorId,
      @Min(1) @Max(60) int weeklyCapacity,
      @NotBlank String timeZone) {}

  record VerificationRequest(@NotNull Decision decision, LocalDate licenceExpiresOn,
      @Pattern(regexp = "[A-Z_]{3,40}") String reasonCode) {
    enum Decision { VERIFIED, REJECTED }
  }

  record SuspensionRequest(@NotBlank @Pattern(regexp = "[A-Z_]{3,40}") String reasonCode) {}

  record ReinstatementRequest(LocalDate licenceExpiresOn) {}

  /** The directory entry any signed-in user may see: no licence number, no supervisor. */
  record PublicCounselorResponse(String id, String clinicId, String provinceCode, String displayName, Gender gender,
      List<String> languages, List<String> qualifications, List<Approach> approaches, List<Topic> topics,
      List<Modality> modalities, List<AgeGroup> ageGroups, boolean crisisTrained, boolean nationalLicence,
      List<String> licenceProvinces, CounselorStatus status) {
    static PublicCounselorResponse of(Counselor c) {
      CounselorProfile p = c.profile();
      return new PublicCounselorResponse(c.id(), c.clinicId(), c.provinceCode(), p.displayName(), p.gender(),
          p.languages().stream().sorted().toList(), p.qualifications(), p.approaches().stream().sorted().toList(),
          p.topics().stream().sorted().toList(), p.modalities().stream().sorted().toList(),
          p.ageGroups().stream().sorted().toList(), p.crisisTrained(), c.licence().national(),
          c.licence().provinceCodes().stream().sorted().toList(), c.status());
    }
  }

  /** What the counsellor's clinic and ops see. */
  record CounselorResponse(PublicCounselorResponse profile, String licenceNumber, LocalDate licenceExpiresOn,
      String supervisorId, int weeklyCapacity, String timeZone, String statusReason, Instant onboardedAt,
      Instant statusChangedAt, Instant nextFreeSlot, int freeSlots) {
    static CounselorResponse of(CounselorStore.Stored s) {
      Counselor c = s.counselor();
      return new CounselorResponse(PublicCounselorResponse.of(c), c.licence().number(), c.licence().expiresOn(),
          c.profile().supervisorId(), c.profile().weeklyCapacity(), c.profile().timeZone().getId(),
          c.statusReason(), c.onboardedAt(), c.statusChangedAt(), s.nextFreeSlot(), s.freeSlots());
    }

    static CounselorResponse of(Counselor c) {
      return of(new CounselorStore.Stored(c, null, 0, null));
    }
  }

  static final class InvalidOnboarding extends DomainException {
    InvalidOnboarding(String message) {
      super(ProblemKind.UNPROCESSABLE, "invalid-onboarding", message);
    }
  }

  static final class MissingReason extends DomainException {
    MissingReason() {
      super(ProblemKind.UNPROCESSABLE, "reason-required", "A rejection states its reasonCode.");
    }
  }

  private final CounselorService counselors;

  CounselorController(CounselorService counselors) {
    this.counselors = counselors;
  }

  @PostMapping("/api/v1/clinics/{clinicId}/counselors")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasRole('clinic-admin')")
  CounselorResponse onboard(@PathVariable String clinicId, @Valid @RequestBody OnboardCounselorRequest r,
      @RequestHeader(name = Idempotency.HEADER, required = false) String key, Actor actor) {
    List<String> provinces = r.licenceProvinces() == null ? List.of() : r.licenceProvinces();
    if (r.nationalLicence() == !provinces.isEmpty()) {
      throw new InvalidOnboarding("A national licence lists no provinces; a provincial one lists at least one.");
    }
    ZoneId zone;
    try {
      zone = ZoneId.of(r.timeZone());
    } catch (DateTimeException e) {
      throw new InvalidOnboarding("Unknown time zone " + r.timeZone() + ".");
    }
    CounselorProfile profile = new CounselorProfile(r.displayName().trim(), r.gender(), r.languages(),
        r.qualifications() == null ? List.of() : r.qualifications(), r.approaches(), r.topics(), r.modalities(),
        r.ageGroups(), r.crisisTrained(), r.supervisorId(), r.weeklyCapacity(), zone);
    var onboarding = new CounselorService.Onboarding(profile, r.licenceNumber().trim(), r.nationalLicence(),
        provinces, r.licenceExpiresOn());
    Idempotency idem = Idempotency.of("clinic:" + clinicId, key, clinicId + "|" + r);
    return CounselorResponse.of(counselors.onboard(actor, clinicId, onboarding, idem));
  }

  @GetMapping("/api/v1/clinics/{clinicId}/counselors")
  @PreAuthorize("hasAnyRole('clinic-admin', 'ops')")
  PageResult<CounselorResponse> ofClinic(@PathVariable String clinicId,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Actor actor) {
    return counselors.listOfClinic(actor, clinicId, page, size).map(CounselorResponse::of);
  }

  /**
   * Full view for the counsellor's clinic-admin, ops and the counsellor themself; the public entry
   * of verified counsellors otherwise.
   */
  @GetMapping("/api/v1/counselors/{id}")
  Object get(@PathVariable String id, Actor actor) {
    CounselorStore.Stored s = counselors.get(id);
    Counselor c = s.counselor();
    boolean self = actor.has(Actor.COUNSELOR) && id.equals(actor.counselorId());
    if (self || actor.has(Actor.OPS) || ClinicAccess.isAdminOf(actor, c.clinicId())) {
      return CounselorResponse.of(s);
    }
    if (c.status() != CounselorStatus.VERIFIED) {
      throw new CounselorNotFound(id);
    }
    return PublicCounselorResponse.of(c);
  }

  @PostMapping("/api/v1/counselors/{id}/verification")
  @PreAuthorize("hasRole('clinic-admin')")
  CounselorResponse verification(@PathVariable String id, @Valid @RequestBody VerificationRequest r, Actor actor) {
    if (r.decision() == VerificationRequest.Decision.VERIFIED) {
      return CounselorResponse.of(counselors.verify(actor, id, r.licenceExpiresOn()));
    }
    if (r.reasonCode() == null) {
      throw new MissingReason();
    }
    return CounselorResponse.of(counselors.reject(actor, id, r.reasonCode()));
  }

  @PostMapping("/api/v1/counselors/{id}/suspension")
  @PreAuthorize("hasRole('clinic-admin')")
  CounselorResponse suspend(@PathVariable String id, @Valid @RequestBody SuspensionRequest r, Actor actor) {
    return CounselorResponse.of(counselors.suspend(actor, id, r.reasonCode()));
  }

  @PostMapping("/api/v1/counselors/{id}/reinstatement")
  @PreAuthorize("hasRole('clinic-admin')")
  CounselorResponse reinstate(@PathVariable String id, @Valid @RequestBody ReinstatementRequest r, Actor actor) {
    return CounselorResponse.of(counselors.reinstate(actor, id, r.licenceExpiresOn()));
  }
}
