package org.xinqiao.records.note.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinqiao.kit.security.Actor;
import org.xinqiao.records.note.NoteService;
import org.xinqiao.records.note.NoteView;

/** Encrypted session notes: written and revised by the counsellor holding the booking. */
@RestController
@RequestMapping("/api/v1/records/notes")
class NoteController {

  private final NoteService notes;

  NoteController(NoteService notes) {
    this.notes = notes;
  }

  record WriteNoteRequest(@NotBlank @Size(max = 64) String clientId, @NotBlank @Size(max = 64) String bookingId,
      @Size(max = 64) String supervisorId, @NotBlank @Size(max = 20000) String text) {}

  record ReviseNoteRequest(@NotBlank @Size(max = 20000) String text) {}

  @PostMapping
  @PreAuthorize("hasRole('counselor')")
  ResponseEntity<NoteView> write(@Valid @RequestBody WriteNoteRequest r,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Actor actor) {
    NoteView view = notes.write(actor, new NoteService.Draft(r.clientId(), r.bookingId(), r.supervisorId(), r.text()),
        idempotencyKey);
    return ResponseEntity.created(URI.create("/api/v1/records/notes/" + view.id())).body(view);
  }

  @PostMapping("/{id}/revisions")
  @PreAuthorize("hasRole('counselor')")
  ResponseEntity<NoteView> revise(@PathVariable String id, @Valid @RequestBody ReviseNoteRequest r,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Actor actor) {
    NoteView view = notes.revise(actor, id, r.text(), idempotencyKey);
    return ResponseEntity.created(URI.create("/api/v1/records/notes/" + id)).body(view);
  }

  @GetMapping
  @PreAuthorize("hasAnyRole('counselor','supervisor')")
  List<NoteView> ofClient(@RequestParam String clientId, Actor actor) {
    return notes.ofClient(actor, clientId);
  }

  @GetMapping("/{id}")
  @PreAuthorize("hasAnyRole('counselor','supervisor')")
  NoteView get(@PathVariable String id, Actor actor) {
    return notes.get(actor, id);
  }
}
