package org.xinqiao.booking.client;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import org.xinqiao.booking.shared.Docs;
import org.xinqiao.booking.shared.Modality;
import org.xinqiao.kit.messaging.ProcessedEvents;

/**
 * The {@code clients} collection. Writes that depend on what was read (a new hold, the use of an
 * entitlement) are conditional on the document's {@code version}, so two concurrent bookings of one
 * client cannot both pass the overlap check: one write wins, the other re-reads and re-checks.
 */
@Repository
public class ClientStore {

  public static final String COLLECTION = "clients";

  private final MongoTemplate mongo;
  private final int freeSessions;

  public ClientStore(MongoTemplate mongo, org.xinqiao.booking.config.BookingProperties props) {
    this.mongo = mongo;
    this.freeSessions = props.freeSessions();
  }

  public Optional<ClientAccount> find(String id) {
    Document d = mongo.findById(id, Document.class, COLLECTION);
    if (d == null) {
      return Optional.empty();
    }
    Map<String, Modality> grants = new HashMap<>();
    Document g = d.get("grants", Document.class);
    if (g != null) {
      g.forEach((k, v) -> grants.put(k, Modality.valueOf(v.toString())));
    }
    Set<String> withdrawn = new HashSet<>(d.getList("withdrawn", String.class, List.of()));
    List<Hold> schedule = Docs.list(d, "schedule").stream()
        .map(h -> new Hold(h.getString("bookingId"), Docs.instant(h, "start"), Docs.instant(h, "end")))
        .toList();
    return Optional.of(new ClientAccount(id, d.getString("partnerId"), grants, withdrawn,
        d.get("freeRemaining") == null ? freeSessions : (int) Docs.number(d, "freeRemaining"),
        (int) Docs.number(d, "makeUpRemaining"), schedule, Boolean.TRUE.equals(d.getBoolean("erased")),
        Docs.number(d, "version")));
  }

  /** Applies a records event once, creating the client's record with its free sessions if it is new. */
  public boolean applyOnce(String id, String eventId, Update update) {
    update.setOnInsert("freeRemaining", freeSessions).inc("version", 1);
    return ProcessedEvents.upsertOnce(mongo, COLLECTION, id, eventId, update);
  }

  /** Adds a hold and uses an entitlement, only if nobody changed the client since {@code seen} was read. */
  public boolean hold(ClientAccount seen, Hold hold, Entitlement entitlement) {
    Query q = Query.query(Criteria.where("_id").is(seen.id()).and("version").is(seen.version()));
    Update u = new Update().push("schedule", holdDoc(hold)).inc("version", 1);
    if (entitlement == Entitlement.FREE_FIRST) {
      u.set("freeRemaining", seen.freeRemaining() - 1);
    } else if (entitlement == Entitlement.MAKE_UP) {
      u.inc("makeUpRemaining", -1);
    }
    return mongo.updateFirst(q, u, COLLECTION).getModifiedCount() > 0;
  }

  /**
   * Drops a hold; when {@code refund} names an entitlement, gives it back in the same write. Only a
   * hold that is still there is dropped, so a repeated release refunds nothing twice.
   */
  public void release(String clientId, String bookingId, java.time.Instant start, Entitlement refund) {
    Query q = Query.query(Criteria.where("_id").is(clientId)
        .and("schedule").elemMatch(Criteria.where("bookingId").is(bookingId).and("start").is(Docs.date(start))));
    Update u = new Update().pull("schedule", new Document("bookingId", bookingId).append("start", Docs.date(start)))
        .inc("version", 1);
    if (refund == Entitlement.FREE_FIRST) {
      u.inc("freeRemaining", 1);
    } else if (refund == Entitlement.MAKE_UP) {
      u.inc("makeUpRemaining", 1);
    }
    mongo.updateFirst(q, u, COLLECTION);
  }

  /** Grants the make-up session a booking earned; keyed by the booking, so granted at most once. */
  public boolean grantMakeUp(String clientId, String bookingId) {
    return ProcessedEvents.applyOnce(mongo, COLLECTION, Criteria.where("_id").is(clientId), "make-up:" + bookingId,
        new Update().inc("makeUpRemaining", 1).inc("version", 1));
  }

  private static Document holdDoc(Hold h) {
    return new Document("bookingId", h.bookingId()).append("start", Docs.date(h.start())).append("end", Docs.date(h.end()));
  }
}
