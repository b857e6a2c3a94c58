package org.xinqiao.booking.availability;

import java.time.Instant;
import java.util.List;
import org.bson.Document;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.xinqiao.booking.shared.Docs;

/**
 * The {@code slot_claims} collection: one document per taken slot with {@code _id = counselorId|start}.
 * The primary key makes the claim atomic across threads and service instances: the first insert
 * wins, every other one meets the duplicate key.
 */
@Repository
public class SlotClaims {

  public static final String COLLECTION = "slot_claims";

  private final MongoTemplate mongo;

  public SlotClaims(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  public static String key(String counselorId, Instant start) {
    return counselorId + "|" + start;
  }

  /** True when this booking now holds the slot; false when someone else holds it. */
  public boolean claim(String counselorId, Slot slot, String bookingId, String clientId, Instant now) {
    Document claim = new Document("_id", key(counselorId, slot.start()))
        .append("counselorId", counselorId)
        .append("start", Docs.date(slot.start()))
        .append("end", Docs.date(slot.end()))
        .append("bookingId", bookingId)
        .append("clientId", clientId)
        .append("claimedAt", Docs.date(now));
    try {
      // straight to the driver: a lost race is the common case under contention and needs no
      // exception translation, only the server's duplicate-key answer
      mongo.getCollection(COLLECTION).insertOne(claim);
      return true;
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        return false;
      }
      throw e;
    }
  }

  /** Frees the slot, but only if this booking holds it. */
  public void release(String counselorId, Instant start, String bookingId) {
    mongo.remove(Query.query(Criteria.where("_id").is(key(counselorId, start)).and("bookingId").is(bookingId)), COLLECTION);
  }

  public String holder(String counselorId, Instant start) {
    Document d = mongo.findById(key(counselorId, start), Document.class, COLLECTION);
    return d == null ? null : d.getString("bookingId");
  }

  /** A claim as stored: which booking (and client) holds which slot since when. */
  public record Claim(String counselorId, Instant start, String bookingId, String clientId, Instant claimedAt) {}

  /** Claims of future slots taken before {@code claimedBefore}: the candidates a sweep checks against their bookings. */
  public List<Claim> olderThan(Instant claimedBefore, Instant now, int limit) {
    Query q = Query.query(Criteria.where("claimedAt").lt(Docs.date(claimedBefore)).and("end").gt(Docs.date(now))).limit(limit);
    return mongo.find(q, Document.class, COLLECTION).stream()
        .map(d -> new Claim(d.getString("counselorId"), Docs.instant(d, "start"), d.getString("bookingId"),
            d.getString("clientId"), Docs.instant(d, "claimedAt")))
        .toList();
  }

  /** The taken intervals of a counsellor overlapping {@code [from, to)}. */
  public List<Slot> taken(String counselorId, Instant from, Instant to) {
    Query q = Query.query(Criteria.where("counselorId").is(counselorId)
        .and("start").lt(Docs.date(to)).and("end").gt(Docs.date(from)));
    return mongo.find(q, Document.class, COLLECTION).stream()
        .map(d -> new Slot(Docs.instant(d, "start"), Docs.instant(d, "end")))
        .toList();
  }
}
