package org.xinqiao.records.note;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.xinqiao.kit.problem.ProblemKind;
import org.xinqiao.kit.security.Actor;
import org.xinqiao.records.access.AccessDenied;
import org.xinqiao.records.access.Action;
import org.xinqiao.records.access.Guard;
import org.xinqiao.records.audit.AuditRecord.Outcome;
import org.xinqiao.records.care.CareLinks;
import org.xinqiao.records.client.ClientRefused;
import org.xinqiao.records.client.ClientRepository.ClientDocument;
import org.xinqiao.records.common.Idempotency;
import org.xinqiao.records.crypto.FieldCipher;
import org.xinqiao.records.note.Note.NoteRefused;
import org.xinqiao.records.note.NoteRepository.NoteDocument;

/** Writes, revises and reads encrypted session notes. */
@Service
public class NoteService {

  private final NoteRepository notes;
  private final CareLinks care;
  private final Guard guard;
  private final FieldCipher cipher;
  private final Clock clock;
  private final MeterRegistry meters;

  public NoteService(NoteRepository notes, CareLinks care, Guard guard, FieldCipher cipher, Clock clock,
      MeterRegistry meters) {
    this.notes = notes;
    this.care = care;
    this.guard = guard;
    this.cipher = cipher;
    this.clock = clock;
    this.meters = meters;
  }

  /** A new note for a booking the counsellor holds, naming their supervisor (optional). */
  public record Draft(String clientId, String bookingId, String supervisorId, String text) {}

  public NoteView write(Actor actor, Draft d, String idempotencyKey) {
    ClientDocument client = guard.require(actor, Action.WRITE_NOTE, d.clientId());
    CareLinks.BookingLink booking = care.booking(d.bookingId()).orElse(null);
    if (booking == null || !booking.active() || !d.clientId().equals(booking.clientId())
        || !actor.counselorId().equals(booking.counselorId())) {
      guard.record(actor, Action.WRITE_NOTE, d.clientId(), "CARE", Outcome.DENIED, "booking-not-held", null);
      throw new AccessDenied("booking-not-held");
    }
    if (client.toClient().isErased()) {
      throw ClientRefused.erased(d.clientId());
    }
    String id = UUID.randomUUID().toString();
    String slot = Idempotency.slot(actor.counselorId(), idempotencyKey, id);
    String fingerprint = Idempotency.fingerprint(d);
    Instant now = clock.instant();
    Note note = Note.write(id, d.clientId(), d.bookingId(), actor.counselorId(), d.supervisorId(),
        cipher.encrypt(client.dataKey(), d.clientId(), Note.field(id, 1), d.text()), now);
    try {
      notes.insert(note, slot, fingerprint);
    } catch (DuplicateKeyException clash) {
      NoteDocument earlier = notes.findBySlot(slot).orElseThrow(() -> clash);
      if (!earlier.fingerprint().equals(fingerprint)) {
        throw Idempotency.reused();
      }
      return open(client, earlier.toNote());
    }
    meters.counter("xinqiao.records.notes.written").increment();
    return open(client, note);
  }

  public NoteView revise(Actor actor, String noteId, String text, String idempotencyKey) {
    NoteDocument stored = notes.find(noteId).orElseThrow(NoteService::notFound);
    ClientDocument client = guard.require(actor, Action.WRITE_NOTE, stored.clientId());
    Note note = stored.toNote();
    if (client.toClient().isErased()) {
      throw ClientRefused.erased(stored.clientId());
    }
    Note.Revision revision;
    int before = note.revisions().size();
    String slot = idempotencyKey == null ? null : Idempotency.slot(actor.counselorId(), idempotencyKey, noteId);
    try {
      revision = note.revise(actor.counselorId(), cipher.encrypt(client.dataKey(), note.clientId(),
          Note.field(noteId, before + 1), text), clock.instant(), slot, Idempotency.fingerprint(text));
    } catch (NoteRefused refused) {
      guard.record(actor, Action.WRITE_NOTE, note.clientId(), "CARE", Outcome.DENIED, refused.code(), null);
      throw refused;
    }
    if (revision.number() <= before) {
      return open(client, note);
    }
    if (!notes.append(noteId, revision)) {
      throw new NoteRefused(ProblemKind.CONFLICT, "note-revised-concurrently",
          "Another revision was added meanwhile; read the note and revise again.");
    }
    return open(client, note);
  }

  /** The notes of a client the caller may read: their own as author, or those naming them as supervisor. */
  public List<NoteView> ofClient(Actor actor, String clientId) {
    ClientDocument client = guard.require(actor, Action.READ_NOTES, clientId);
    if (client.toClient().isErased()) {
      throw ClientRefused.erased(clientId);
    }
    boolean asSupervisor = !actor.has(Actor.COUNSELOR) || !care.holdsBooking(actor.counselorId(), clientId);
    return notes.ofClient(clientId).stream().map(NoteDocument::toNote)
        .filter(n -> n.readableBy(actor.counselorId(), asSupervisor)).map(n -> open(client, n)).toList();
  }

  public NoteView get(Actor actor, String noteId) {
    NoteDocument stored = notes.find(noteId).orElseThrow(NoteService::notFound);
    ClientDocument client = guard.require(actor, Action.READ_NOTES, stored.clientId());
    Note note = stored.toNote();
    boolean author = actor.has(Actor.COUNSELOR) && note.readableBy(actor.counselorId(), false);
    boolean supervisor = actor.has(Actor.SUPERVISOR) && note.readableBy(actor.counselorId(), true);
    if (!author && !supervisor) {
      guard.record(actor, Action.READ_NOTES, note.clientId(), "CARE", Outcome.DENIED, "not-author-or-supervisor", null);
      throw new AccessDenied("not-author-or-supervisor");
    }
    if (client.toClient().isErased()) {
      throw ClientRefused.erased(note.clientId());
    }
    return open(client, note);
  }

  /** Every note of a client decrypted, for the client's own export (already authorised and audited). */
  public List<NoteView> exportOf(ClientDocument client) {
    return notes.ofClient(client.id()).stream().map(d -> open(client, d.toNote())).toList();
  }

  private NoteView open(ClientDocument client, Note note) {
    return new NoteView(note.id(), note.clientId(), note.bookingId(), note.authorId(), note.supervisorId(),
        note.createdAt(), note.revisions().stream().map(r -> new NoteView.RevisionView(r.number(),
            cipher.decrypt(client.dataKey(), note.clientId(), Note.field(note.id(), r.number()), r.ciphertext()),
            r.writtenAt())).toList());
  }

  private static NoteRefused notFound() {
    return new NoteRefused(ProblemKind.NOT_FOUND, "note-not-found", "No such note.");
  }
}
