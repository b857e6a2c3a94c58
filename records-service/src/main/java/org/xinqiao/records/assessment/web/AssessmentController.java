package org.xinqiao.records.assessment.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinqiao.kit.security.Actor;
import org.xinqiao.records.assessment.AssessmentService;
import org.xinqiao.records.assessment.AssessmentView;
import org.xinqiao.records.assessment.CssrsAnswers;
import org.xinqiao.records.assessment.Instrument;
import org.xinqiao.records.assessment.Score;
import org.xinqiao.records.common.PageView;
import org.xinqiao.records.common.Paging;

/** PHQ-9, GAD-7 and C-SSRS screening: free anonymous scoring, or stored with the health-data consent. */
@RestController
@RequestMapping("/api/v1/assessments")
class AssessmentController {

  private final AssessmentService assessments;

  AssessmentController(AssessmentService assessments) {
    this.assessments = assessments;
  }

  record ScoreRequest(@NotNull Instrument instrument, @Size(max = 9) List<Integer> answers, CssrsAnswers cssrs,
      @Size(max = 16) String locale) {}

  record StoreRequest(@NotBlank @Size(max = 64) String clientId, @NotNull Instrument instrument,
      @Size(max = 9) List<Integer> answers, CssrsAnswers cssrs, @Size(max = 16) String locale) {}

  /** Scores without storing anything and without naming anyone. */
  @PostMapping("/score")
  Score score(@Valid @RequestBody ScoreRequest r) {
    return assessments.scoreOnly(new AssessmentService.Submission(null, r.instrument(), r.answers(), r.cssrs(),
        r.locale()));
  }

  @PostMapping
  ResponseEntity<AssessmentView> store(@Valid @RequestBody StoreRequest r,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Actor actor) {
    AssessmentView view = assessments.store(actor, new AssessmentService.Submission(r.clientId(), r.instrument(),
        r.answers(), r.cssrs(), r.locale()), idempotencyKey);
    return ResponseEntity.created(URI.create("/api/v1/assessments/" + view.id())).body(view);
  }

  @GetMapping
  PageView<AssessmentView> list(@RequestParam String clientId, @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size, Actor actor) {
    return assessments.list(actor, clientId, Paging.of(page, size));
  }
}
