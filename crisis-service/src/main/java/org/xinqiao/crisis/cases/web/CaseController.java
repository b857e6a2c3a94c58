package org.xinqiao.crisis.cases.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinqiao.crisis.cases.CasePage;
import org.xinqiao.crisis.cases.CaseService;
import org.xinqiao.crisis.cases.CaseStatus;
import org.xinqiao.crisis.cases.ContactChannel;
import org.xinqiao.crisis.cases.ContactResult;
import org.xinqiao.crisis.cases.CrisisCase;
import org.xinqiao.crisis.cases.Outcome;
import org.xinqiao.crisis.cases.Viewer;
import org.xinqiao.crisis.cases.web.CaseViews.CaseView;
import org.xinqiao.crisis.cases.web.CaseViews.OpsCaseView;
import org.xinqiao.crisis.cases.web.CaseViews.PageView;
import org.xinqiao.crisis.cases.web.CaseViews.TimelineView;
import org.xinqiao.kit.problem.DomainException;
import org.xinqiao.kit.problem.ProblemKind;
import org.xinqiao.kit.security.Actor;

/**
 * Crisis cases for responders (the cases routed to their team) and ops (all cases, without
 * clinical detail; read only).
 */
@RestController
@RequestMapping("/api/v1/crisis/cases")
class CaseController {

  static final String ID = "^[0-9a-f-]{36}$";
  static final int MAX_PAGE_SIZE = 100;

  record ContactAttemptRequest(@NotNull ContactChannel channel, @NotNull ContactResult result) {}

  record ResolveRequest(@NotNull Outcome outcome) {}

  private final CaseService cases;

  CaseController(CaseService cases) {
    this.cases = cases;
  }

  @GetMapping
  @PreAuthorize("hasAnyRole('crisis-responder','ops')")
  PageView<?> list(@RequestParam(required = false) CaseStatus status,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size, Actor actor) {
    Viewer viewer = viewer(actor);
    CasePage found = cases.list(viewer, status, page, size);
    if (viewer.ops()) {
      return new PageView<>(found.items().stream().map(OpsCaseView::of).toList(), page, size, found.total());
    }
    return new PageView<>(found.items().stream().map(CaseView::of).toList(), page, size, found.total());
  }

  @GetMapping("/{id}")
  @PreAuthorize("hasAnyRole('crisis-responder','ops')")
  Object get(@PathVariable @Pattern(regexp = ID) String id, Actor actor) {
    Viewer viewer = viewer(actor);
    CrisisCase c = cases.get(id, viewer);
    return viewer.ops() ? OpsCaseView.of(c) : CaseView.of(c);
  }

  @GetMapping("/{id}/timeline")
  @PreAuthorize("hasAnyRole('crisis-responder','ops')")
  TimelineView timeline(@PathVariable @Pattern(regexp = ID) String id, Actor actor) {
    Viewer viewer = viewer(actor);
    return TimelineView.of(cases.get(id, viewer), !viewer.ops());
  }

  @PostMapping("/{id}/acknowledge")
  @PreAuthorize("hasRole('crisis-responder')")
  CaseView acknowledge(@PathVariable @Pattern(regexp = ID) String id, Actor actor) {
    return CaseView.of(cases.acknowledge(id, responder(actor)));
  }

  @PostMapping("/{id}/contact-attempts")
  @PreAuthorize("hasRole('crisis-responder')")
  CaseView contactAttempt(@PathVariable @Pattern(regexp = ID) String id,
      @Valid @RequestBody ContactAttemptRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) @Pattern(regexp = "^[A-Za-z0-9._:-]{8,100}$") String key,
      Actor actor) {
    return CaseView.of(cases.recordContactAttempt(id, responder(actor), request.channel(), request.result(), key));
  }

  @PostMapping("/{id}/emergency-requests")
  @PreAuthorize("hasRole('crisis-responder')")
  CaseView requestEmergency(@PathVariable @Pattern(regexp = ID) String id, Actor actor) {
    return CaseView.of(cases.requestEmergency(id, responder(actor)));
  }

  @PostMapping("/{id}/resolve")
  @PreAuthorize("hasRole('crisis-responder')")
  CaseView resolve(@PathVariable @Pattern(regexp = ID) String id, @Valid @RequestBody ResolveRequest request,
      Actor actor) {
    return CaseView.of(cases.resolve(id, responder(actor), request.outcome()));
  }

  private static Viewer viewer(Actor actor) {
    return actor.has(Actor.CRISIS_RESPONDER) ? responder(actor) : Viewer.opsUser(actor.subject());
  }

  private static Viewer responder(Actor actor) {
    if (actor.teamId() == null) {
      throw new NoTeam();
    }
    return Viewer.responder(actor.subject(), actor.teamId());
  }

  static final class NoTeam extends DomainException {
    NoTeam() {
      super(ProblemKind.FORBIDDEN, "no-crisis-team", "Your token names no crisis team.");
    }
  }
}
