package org.xinqiao.matching.clinic.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
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
import org.xinqiao.kit.security.Actor;
import org.xinqiao.matching.clinic.Clinic;
import org.xinqiao.matching.clinic.ClinicService;
import org.xinqiao.matching.common.Idempotency;
import org.xinqiao.matching.common.PageResult;

/** Clinics: ops registers them; any authenticated caller may read the (non-sensitive) list. */
@RestController
class ClinicController {

  record RegisterClinicRequest(@NotBlank @Size(max = 200) String name,
      @NotBlank @Pattern(regexp = "\\d{6}") String provinceCode) {}

  record ClinicResponse(String id, String name, String provinceCode, Instant registeredAt) {
    static ClinicResponse of(Clinic c) {
      return new ClinicResponse(c.id(), c.name(), c.provinceCode(), c.registeredAt());
    }
  }

  private final ClinicService clinics;

  ClinicController(ClinicService clinics) {
    this.clinics = clinics;
  }

  @PostMapping("/api/v1/clinics")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasRole('ops')")
  ClinicResponse register(@Valid @RequestBody RegisterClinicRequest request,
      @RequestHeader(name = Idempotency.HEADER, required = false) String key, Actor actor) {
    Idempotency idem = Idempotency.of("ops:" + actor.subject(), key, request.name() + "|" + request.provinceCode());
    return ClinicResponse.of(clinics.register(request.name(), request.provinceCode(), idem));
  }

  @GetMapping("/api/v1/clinics")
  PageResult<ClinicResponse> list(@RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return clinics.list(page, size).map(ClinicResponse::of);
  }

  @GetMapping("/api/v1/clinics/{id}")
  ClinicResponse get(@PathVariable String id) {
    return ClinicResponse.of(clinics.get(id));
  }
}
