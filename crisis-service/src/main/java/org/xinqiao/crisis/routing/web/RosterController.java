package org.xinqiao.crisis.routing.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinqiao.crisis.routing.Roster;
import org.xinqiao.crisis.routing.RosterService;
import org.xinqiao.crisis.routing.RosterShift;
import org.xinqiao.kit.security.Actor;

/** On-call rosters per region: ops replace them; ops and responders read them. */
@RestController
@Validated
@RequestMapping("/api/v1/crisis/rosters/{regionCode}")
class RosterController {

  static final String REGION = "^[1-8][0-9]{5}$";
  static final String ID = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$";

  record ShiftBody(@NotBlank @Pattern(regexp = ID) String teamId,
      @Size(max = 50) List<@Pattern(regexp = ID) String> responderIds, @NotNull Instant startsAt, @NotNull Instant endsAt) {}

  record ReplaceRosterRequest(@NotNull @Size(max = Roster.MAX_SHIFTS) List<@Valid @NotNull ShiftBody> shifts) {}

  record RosterView(String regionCode, List<ShiftBody> shifts, Instant updatedAt) {
    static RosterView of(Roster r) {
      return new RosterView(r.regionCode(), r.shifts().stream()
          .map(s -> new ShiftBody(s.teamId(), s.responderIds(), s.startsAt(), s.endsAt())).toList(), r.updatedAt());
    }
  }

  private final RosterService rosters;

  RosterController(RosterService rosters) {
    this.rosters = rosters;
  }

  @PutMapping
  @PreAuthorize("hasRole('ops')")
  RosterView replace(@PathVariable @Pattern(regexp = REGION) String regionCode,
      @Valid @RequestBody ReplaceRosterRequest request, Actor actor) {
    List<RosterShift> shifts = request.shifts().stream()
        .map(s -> new RosterShift(s.teamId(), s.responderIds(), s.startsAt(), s.endsAt())).toList();
    return RosterView.of(rosters.replace(regionCode, shifts, actor.subject()));
  }

  @GetMapping
  @PreAuthorize("hasAnyRole('ops','crisis-responder')")
  RosterView get(@PathVariable @Pattern(regexp = REGION) String regionCode) {
    return RosterView.of(rosters.get(regionCode));
  }
}
