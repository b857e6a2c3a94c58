package org.xinqiao.records.note;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Notes with their revisions as ciphertext; a revision is added with {@code $push} guarded by the expected count. */
@Component
public class NoteRepository {

  public static final String COLLECTION = "notes";

  private final MongoTemplate mongo;

  public NoteRepository(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** The stored form. */
  public record NoteDocument(@Id String id, String clientId, String bookingId, String authorId, String supervisorId,
      Instant createdAt, List<Note.Revision> revisions, int revisionCount, String idempotencySlot, String fingerprint) {

    Note toNote() {
      return new Note(id, clientId, bookingId, authorId, supervisorId, createdAt, revisions);
    }
  }

  void insert(Note n, String slot, String fingerprint) {
    mongo.insert(new NoteDocument(n.id(), n.clientId(), n.bookingId(), n.authorId(), n.supervisorId(), n.createdAt(),
        n.revisions(), n.revisions().size(), slot, fingerprint), COLLECTION);
  }

  Optional<NoteDocument> find(String id) {
    return Optional.ofNullable(mongo.findById(id, NoteDocument.class, COLLECTION));
  }

  Optional<NoteDocument> findBySlot(String slot) {
    return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("idempotencySlot").is(slot)), NoteDocument.class,
        COLLECTION));
  }

  /** Appends only if nobody appended since the note was read (no overwrite, no lost revision). */
  boolean append(String noteId, Note.Revision revision) {
    return mongo.updateFirst(Query.query(Criteria.where("_id").is(noteId).and("revisionCount").is(revision.number() - 1)),
        new Update().push("revisions", revision).set("revisionCount", revision.number()), COLLECTION)
        .getModifiedCount() == 1;
  }

  public List<NoteDocument> ofClient(String clientId) {
    return mongo.find(Query.query(Criteria.where("clientId").is(clientId)).with(Sort.by("createdAt", "_id")),
        NoteDocument.class, COLLECTION);
  }
}
