package org.xinqiao.matching.match.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import org.xinqiao.matching.common.Idempotency;
import org.xinqiao.matching.common.PageResult;
import org.xinqiao.matching.counselor.AgeGroup;
import org.xinqiao.matching.counselor.Approach;
import org.xinqiao.matching.counselor.Gender;
import org.xinqiao.matching.counselor.Modality;
import org.xinqiao.matching.counselor.Topic;
import org.xinqiao.matching.match.MatchCriteria;
import org.xinqiao.matching.match.MatchRequest;
import org.xinqiao.matching.match.MatchService;
import org.xinqiao.matching.match.MatchStatus;
import org.xinqiao.matching.match.RankedCandidate;

/** Match requests by clients (for themselves) and partners (for the clients they registered). */
@RestController
class MatchController {

  record CreateMatchRequest(
      @Size(max = 64) String clientId,
      @NotBlank @Pattern(regexp = "\\d{6}") String provinceCode,
      @NotEmpty @Size(max = 5) Set<@Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})?") String> languages,
      @Size(max = 9) Set<Topic> topics,
      @Size(max = 7) Set<Approach> preferredApproaches,
      @NotNull Modality modality,
      Gender genderPreference,
      @NotNull AgeGroup ageGroup,
      @Size(max = 64) String previousMatchId,
      @Pattern(regexp = "[A-Z_]{3,40}") String rematchReason) {}

  record AcceptMatchRequest(@NotBlank @Size(max = 64) String counselorId) {}

  record ProposalResponse(String counselorId, int rank, double score, Map<String, Double> breakdown, String reason) {
    static ProposalResponse of(RankedCandidate p) {
      Map<String, Double> parts = new TreeMap<>();
      p.breakdown().forEach((f, v) -> parts.put(f.name(), Math.round(v * 10_000) / 10_000.0));
      return new ProposalResponse(p.counselorId(), p.rank(), Math.round(p.score() * 10_000) / 10_000.0, parts,
          p.reason());
    }
  }

  record ExplanationResponse(String constraint, String message) {}

  record MatchResponse(String id, String clientId, MatchStatus status, String provinceCode,
      List<ProposalResponse> proposals, ExplanationResponse explanation, Instant createdAt, Instant proposedAt,
      String acceptedCounselorId, Instant acceptedAt, String previousMatchId, String rematchReason,
      String supersededReason) {
    static MatchResponse of(MatchRequest m) {
      return new MatchResponse(m.id(), m.clientId(), m.status(),
          m.criteria() == null ? null : m.criteria().provinceCode(),
          m.proposals().stream().map(ProposalResponse::of).toList(),
          m.emptied() == null ? null : new ExplanationResponse(m.emptied().constraint(), m.emptied().explanation()),
          m.createdAt(), m.proposedAt(), m.acceptedCounselorId(), m.acceptedAt(), m.previousMatchId(),
          m.rematchReason(), m.supersededReason());
    }
  }

  static final class RematchReasonRequired extends org.xinqiao.kit.problem.DomainException {
    RematchReasonRequired() {
      super(org.xinqiao.kit.problem.ProblemKind.UNPROCESSABLE, "rematch-reason-required",
          "A re-match (previousMatchId) states its rematchReason.");
    }
  }

  private final MatchService matches;

  MatchController(MatchService matches) {
    this.matches = matches;
  }

  @PostMapping("/api/v1/matches")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('client', 'partner')")
  MatchResponse request(@Valid @RequestBody CreateMatchRequest r,
      @RequestHeader(name = Idempotency.HEADER, required = false) String key, Actor actor) {
    String clientId = r.clientId() != null ? r.clientId() : actor.pseudonymId();
    if (clientId == null) {
      throw new org.xinqiao.matching.match.MatchProblems.ClientNotFound("(none given)");
    }
    if (r.previousMatchId() != null && r.rematchReason() == null) {
      throw new RematchReasonRequired();
    }
    MatchCriteria criteria = new MatchCriteria(r.provinceCode(), r.languages(),
        r.topics() == null ? Set.of() : r.topics(),
        r.preferredApproaches() == null ? Set.of() : r.preferredApproaches(), r.modality(), r.genderPreference(),
        r.ageGroup());
    String scope = actor.has(Actor.PARTNER) ? "partner:" + actor.partnerId() : "client:" + actor.pseudonymId();
    Idempotency idem = Idempotency.of(scope, key, clientId + "|" + canonical(r));
    return MatchResponse.of(matches.request(actor,
        new MatchService.Request(clientId, criteria, r.previousMatchId(), r.rematchReason()), idem));
  }

  static String canonical(CreateMatchRequest r) {
    return String.join("|", r.provinceCode(), new java.util.TreeSet<>(r.languages()).toString(),
        String.valueOf(r.topics() == null ? null : new java.util.TreeSet<>(r.topics())),
        String.valueOf(r.preferredApproaches() == null ? null : new java.util.TreeSet<>(r.preferredApproaches())),
        String.valueOf(r.modality()), String.valueOf(r.genderPreference()), String.valueOf(r.ageGroup()),
        String.valueOf(r.previousMatchId()), String.valueOf(r.rematchReason()));
  }

  @GetMapping("/api/v1/matches")
  @PreAuthorize("hasAnyRole('client', 'partner')")
  PageResult<MatchResponse> list(@RequestParam(required = false) String clientId,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Actor actor) {
    return matches.list(actor, clientId, page, size).map(MatchResponse::of);
  }

  @GetMapping("/api/v1/matches/{id}")
  @PreAuthorize("hasAnyRole('client', 'partner')")
  MatchResponse get(@PathVariable String id, Actor actor) {
    return MatchResponse.of(matches.get(actor, id));
  }

  @PostMapping("/api/v1/matches/{id}/accept")
  @PreAuthorize("hasAnyRole('client', 'partner')")
  MatchResponse accept(@PathVariable String id, @Valid @RequestBody AcceptMatchRequest r, Actor actor) {
    return MatchResponse.of(matches.accept(actor, id, r.counselorId()));
  }
}
