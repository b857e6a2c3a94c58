package org.xinqiao.booking.booking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import org.xinqiao.booking.availability.Slot;
import org.xinqiao.booking.client.Entitlement;
import org.xinqiao.booking.shared.Docs;
import org.xinqiao.booking.shared.Modality;
import org.xinqiao.booking.shared.Party;
import org.xinqiao.kit.outbox.Outbox;
import org.xinqiao.kit.outbox.OutboxEvent;

/**
 * The {@code bookings} collection. A booking, its pending events and its idempotency key are one
 * document, so a change and its event are one atomic write; updates are conditional on the version.
 */
@Repository
public class BookingStore {

  public static final String COLLECTION = "bookings";

  private final MongoTemplate mongo;

  public BookingStore(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** Inserts a new booking; a reused idempotency key meets the unique index (DuplicateKeyException). */
  public void insert(Booking b, IdempotencyKey idem, String firstResponse, List<OutboxEvent> events) {
    Document d = state(b);
    d.append("_id", b.id())
        .append("createdAt", Docs.date(b.createdAt()))
        .append("idempotency", new Document("scope", idem.scope()).append("key", idem.key())
            .append("fingerprint", idem.fingerprint()))
        .append("firstResponse", firstResponse)
        .append("version", 0L)
        .append(Outbox.FIELD, new ArrayList<>(events));
    mongo.insert(d, COLLECTION);
  }

  /** Writes the new state with its events if the stored version is still the one loaded; false otherwise. */
  public boolean update(Booking b, List<OutboxEvent> events) {
    Query q = Query.query(Criteria.where("_id").is(b.id()).and("version").is(b.version()));
    Update u = new Update().inc("version", 1);
    state(b).forEach(u::set);
    Outbox.push(u, events);
    return mongo.updateFirst(q, u, COLLECTION).getModifiedCount() > 0;
  }

  public Optional<Booking> find(String id) {
    return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION)).map(BookingStore::booking);
  }

  public record Stored(Booking booking, IdempotencyKey idempotency, String firstResponse) {}

  public Optional<Stored> findByIdempotencyKey(String scope, String key) {
    Document d = mongo.findOne(Query.query(Criteria.where("idempotency.scope").is(scope).and("idempotency.key").is(key)),
        Document.class, COLLECTION);
    if (d == null) {
      return Optional.empty();
    }
    Document i = d.get("idempotency", Document.class);
    return Optional.of(new Stored(booking(d), new IdempotencyKey(i.getString("scope"), i.getString("key"),
        i.getString("fingerprint")), d.getString("firstResponse")));
  }

  public List<Booking> page(Criteria filter, int page, int size) {
    Query q = Query.query(filter).with(Sort.by("slotStart", "_id")).skip((long) page * size).limit(size);
    return mongo.find(q, Document.class, COLLECTION).stream().map(BookingStore::booking).toList();
  }

  public long count(Criteria filter) {
    return mongo.count(Query.query(filter), COLLECTION);
  }

  public List<Booking> ofClient(String clientId) {
    return mongo.find(Query.query(Criteria.where("clientId").is(clientId)), Document.class, COLLECTION).stream()
        .map(BookingStore::booking).toList();
  }

  public List<Booking> upcomingOfCounselor(String counselorId, Instant now) {
    Query q = Query.query(Criteria.where("counselorId").is(counselorId).and("status").is(BookingStatus.CONFIRMED.name())
        .and("slotStart").gt(Docs.date(now)));
    return mongo.find(q, Document.class, COLLECTION).stream().map(BookingStore::booking).toList();
  }

  /** Replaces the client id of every booking of an erased client and forgets its idempotency keys and first answers. */
  public long anonymise(String clientId, String anonymousId) {
    List<Document> docs = mongo.find(Query.query(Criteria.where("clientId").is(clientId)), Document.class, COLLECTION);
    long n = 0;
    for (Document d : docs) {
      Update u = new Update().set("clientId", anonymousId).set("firstResponse", null)
          .set("idempotency.key", "erased:" + d.getString("_id")).set("idempotency.fingerprint", null)
          .set("anonymised", true).inc("version", 1);
      n += mongo.updateFirst(Query.query(Criteria.where("_id").is(d.getString("_id"))), u, COLLECTION).getModifiedCount();
    }
    return n;
  }

  private static Document state(Booking b) {
    Document d = new Document("clientId", b.clientId())
        .append("partnerId", b.partnerId())
        .append("counselorId", b.counselorId())
        .append("clinicId", b.clinicId())
        .append("modality", b.modality().name())
        .append("entitlement", b.entitlement().name())
        .append("slotStart", Docs.date(b.slot().start()))
        .append("slotEnd", Docs.date(b.slot().end()))
        .append("status", b.status().name())
        .append("startedAt", Docs.date(b.startedAt()))
        .append("completedAt", Docs.date(b.completedAt()))
        .append("noShowAt", Docs.date(b.noShowAt()))
        .append("makeUpGranted", b.makeUpGranted());
    Cancellation c = b.cancellation();
    d.append("cancellation", c == null ? null : new Document("by", c.by().name()).append("reasonCode", c.reasonCode())
        .append("late", c.late()).append("at", Docs.date(c.at())));
    List<Document> interruptions = new ArrayList<>();
    for (Interruption i : b.interruptions()) {
      interruptions.add(new Document("start", Docs.date(i.start())).append("end", Docs.date(i.end()))
          .append("cause", i.cause().name()).append("lostMinutes", i.lostMinutes())
          .append("recordedAt", Docs.date(i.recordedAt())));
    }
    d.append("interruptions", interruptions);
    return d;
  }

  static Booking booking(Document d) {
    Document c = d.get("cancellation", Document.class);
    Cancellation cancellation = c == null ? null : new Cancellation(Party.valueOf(c.getString("by")),
        c.getString("reasonCode"), Boolean.TRUE.equals(c.getBoolean("late")), Docs.instant(c, "at"));
    List<Interruption> interruptions = Docs.list(d, "interruptions").stream()
        .map(i -> new Interruption(Docs.instant(i, "start"), Docs.instant(i, "end"),
            InterruptionCause.valueOf(i.getString("cause")), (int) Docs.number(i, "lostMinutes"),
            Docs.instant(i, "recordedAt")))
        .toList();
    Instant start = Docs.instant(d, "slotStart");
    return new Booking(d.getString("_id"), d.getString("clientId"), d.getString("partnerId"), d.getString("counselorId"),
        d.getString("clinicId"), Modality.valueOf(d.getString("modality")), Entitlement.valueOf(d.getString("entitlement")),
        Docs.instant(d, "createdAt"), new Slot(start, Docs.instant(d, "slotEnd")), BookingStatus.valueOf(d.getString("status")),
        cancellation, Docs.instant(d, "startedAt"), Docs.instant(d, "completedAt"), Docs.instant(d, "noShowAt"),
        interruptions, Boolean.TRUE.equals(d.getBoolean("makeUpGranted")), Docs.number(d, "version"));
  }
}
