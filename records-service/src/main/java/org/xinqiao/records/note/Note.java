package org.xinqiao.records.note;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.xinqiao.kit.problem.DomainException;
import org.xinqiao.kit.problem.ProblemKind;

/**
 * A session note written by the counsellor who holds the booking. Its text is kept only encrypted
 * (sealed by the caller with the client's data key); revisions are appended, never overwritten.
 * The author names their clinical supervisor, who may read it when the client consented to
 * supervision.
 */
public final class Note {

  private final String id;
  private final String clientId;
  private final String bookingId;
  private final String authorId;
  private final String supervisorId;
  private final Instant createdAt;
  private final List<Revision> revisions;

  /**
   * One version of the note's text, as ciphertext; {@code requestKey} and {@code requestFingerprint}
   * remember the {@code Idempotency-Key} that added it, if any.
   */
  public record Revision(int number, String ciphertext, Instant writtenAt, String requestKey,
      String requestFingerprint) {}

  public Note(String id, String clientId, String bookingId, String authorId, String supervisorId, Instant createdAt,
      List<Revision> revisions) {
    this.id = Objects.requireNonNull(id);
    this.clientId = Objects.requireNonNull(clientId);
    this.bookingId = Objects.requireNonNull(bookingId);
    this.authorId = Objects.requireNonNull(authorId);
    this.supervisorId = supervisorId;
    this.createdAt = createdAt;
    this.revisions = new ArrayList<>(revisions);
  }

  public static Note write(String id, String clientId, String bookingId, String authorId, String supervisorId,
      String ciphertext, Instant now) {
    if (authorId.equals(supervisorId)) {
      throw new NoteRefused(ProblemKind.UNPROCESSABLE, "supervisor-is-author", "A counsellor cannot supervise their own notes.");
    }
    return new Note(id, clientId, bookingId, authorId, supervisorId, now, List.of(new Revision(1, ciphertext, now, null, null)));
  }

  /** Appends a revision by the author; earlier text stays as it was. */
  public Revision revise(String counselorId, String ciphertext, Instant now) {
    return revise(counselorId, ciphertext, now, null, null);
  }

  /**
   * Appends a revision, or returns the one an earlier request with the same key added (the same
   * request repeated); the same key with another request is refused.
   */
  public Revision revise(String counselorId, String ciphertext, Instant now, String requestKey, String fingerprint) {
    if (!authorId.equals(counselorId)) {
      throw new NoteRefused(ProblemKind.FORBIDDEN, "not-note-author", "Only the author revises a note.");
    }
    if (requestKey != null) {
      for (Revision earlier : revisions) {
        if (requestKey.equals(earlier.requestKey())) {
          if (!earlier.requestFingerprint().equals(fingerprint)) {
            throw new NoteRefused(ProblemKind.UNPROCESSABLE, "idempotency-key-reused",
                "This Idempotency-Key was already used with a different request.");
          }
          return earlier;
        }
      }
    }
    Revision next = new Revision(revisions.size() + 1, ciphertext, now, requestKey, fingerprint);
    revisions.add(next);
    return next;
  }

  /** The author, or the supervisor the author named (the client's supervision consent is checked by the caller). */
  public boolean readableBy(String counselorId, boolean asSupervisor) {
    if (counselorId == null) {
      return false;
    }
    return asSupervisor ? counselorId.equals(supervisorId) : counselorId.equals(authorId);
  }

  /** The field name under which revision {@code n} is sealed (bound into the ciphertext). */
  public static String field(String noteId, int n) {
    return "note/" + noteId + "/" + n;
  }

  public String id() {
    return id;
  }

  public String clientId() {
    return clientId;
  }

  public String bookingId() {
    return bookingId;
  }

  public String authorId() {
    return authorId;
  }

  public String supervisorId() {
    return supervisorId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public List<Revision> revisions() {
    return List.copyOf(revisions);
  }

  /** Refusals about notes. */
  public static class NoteRefused extends DomainException {
    public NoteRefused(ProblemKind kind, String code, String message) {
      super(kind, code, message);
    }
  }
}
