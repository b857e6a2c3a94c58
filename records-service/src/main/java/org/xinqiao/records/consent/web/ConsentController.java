package org.xinqiao.records.consent.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinqiao.kit.security.Actor;
import org.xinqiao.records.consent.ConsentDocument;
import org.xinqiao.records.consent.ConsentKind;
import org.xinqiao.records.consent.ConsentService;
import org.xinqiao.records.consent.ConsentView;
import org.xinqiao.records.consent.Modality;

/** Consent documents, grants with a comprehension check, withdrawals. */
@RestController
@RequestMapping("/api/v1/consents")
class ConsentController {

  private final ConsentService consents;

  ConsentController(ConsentService consents) {
    this.consents = consents;
  }

  /** A document as shown to the client: the text and the questions, never the right answers. */
  record DocumentView(String id, ConsentKind kind, Modality modality, String version, String materialVersion,
      String title, List<ConsentDocument.Section> sections, List<QuestionView> questions) {}

  record QuestionView(String id, String text, List<ConsentDocument.Option> options) {}

  record GrantRequest(@NotBlank @Size(max = 64) String clientId, @NotNull ConsentKind kind, Modality modality,
      @NotBlank @Size(max = 32) String documentVersion, @NotNull @Size(max = 20) Map<String, String> answers) {}

  @GetMapping("/documents/current")
  DocumentView current(@RequestParam(required = false) ConsentKind kind,
      @RequestParam(required = false) Modality modality) {
    ConsentKind k = kind == null ? ConsentKind.SERVICE : kind;
    ConsentDocument d = consents.current(k, k == ConsentKind.SERVICE ? modality : null);
    return new DocumentView(d.id(), d.kind(), d.modality(), d.version(), d.materialVersion(), d.title(), d.sections(),
        d.questions().stream().map(q -> new QuestionView(q.id(), q.text(), q.options())).toList());
  }

  @PostMapping
  ResponseEntity<ConsentView> grant(@Valid @RequestBody GrantRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Actor actor) {
    ConsentView view = consents.grant(actor, new ConsentService.Grant(request.clientId(), request.kind(),
        request.modality(), request.documentVersion(), request.answers()), idempotencyKey);
    return ResponseEntity.created(URI.create("/api/v1/consents/" + view.id())).body(view);
  }

  @PostMapping("/{id}/withdraw")
  ConsentView withdraw(@PathVariable String id, Actor actor) {
    return consents.withdraw(actor, id);
  }

  @GetMapping
  List<ConsentView> list(@RequestParam String clientId, Actor actor) {
    return consents.list(actor, clientId);
  }
}
