package org.xinqiao.records.note;

import java.time.Instant;
import java.util.List;

/** A note with every revision decrypted, for its author or the supervisor the client consented to. */
public record NoteView(String id, String clientId, String bookingId, String authorId, String supervisorId,
    Instant createdAt, List<RevisionView> revisions) {

  /** One revision's text. */
  public record RevisionView(int number, String text, Instant writtenAt) {}
}
