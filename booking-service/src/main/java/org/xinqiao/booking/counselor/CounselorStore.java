package org.xinqiao.booking.counselor;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import org.xinqiao.booking.availability.Availability;
import org.xinqiao.booking.availability.AvailabilityException;
import org.xinqiao.booking.availability.WeeklyRule;
import org.xinqiao.booking.shared.Docs;
import org.xinqiao.kit.messaging.ProcessedEvents;
import org.xinqiao.kit.outbox.Outbox;
import org.xinqiao.kit.outbox.OutboxEvent;

/** The {@code counselors} collection: status from matching, availability, weekly booking counters and an outbox. */
@Repository
public class CounselorStore {

  public static final String COLLECTION = "counselors";

  private final MongoTemplate mongo;

  public CounselorStore(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  public Optional<Counselor> find(String id) {
    Document d = mongo.findById(id, Document.class, COLLECTION);
    if (d == null) {
      return Optional.empty();
    }
    String licence = d.getString("licenceExpiresOn");
    CounselorStatus status = CounselorStatus.valueOf(d.get("status", CounselorStatus.UNKNOWN.name()));
    if (status == CounselorStatus.UNKNOWN && d.getString("clinicId") != null) {
      status = CounselorStatus.ONBOARDED; // availability was published before matching's onboarding event arrived
    }
    return Optional.of(new Counselor(id, d.getString("clinicId"), status,
        Boolean.TRUE.equals(d.getBoolean("suspended")),
        licence == null ? null : LocalDate.parse(licence),
        availability(d.get("availability", Document.class))));
  }

  /** Stores the availability and its announcement in one write; creates the record if matching has not spoken yet. */
  public void saveAvailability(String id, Availability availability, OutboxEvent announcement) {
    Update update = new Update().set("availability", document(availability)).inc("availabilityVersion", 1)
        .setOnInsert("status", CounselorStatus.UNKNOWN.name());
    Outbox.push(update, List.of(announcement));
    mongo.upsert(Query.query(Criteria.where("_id").is(id)), update, COLLECTION);
  }

  /** Queues an availability announcement on the counsellor's document. */
  public void announce(String id, OutboxEvent announcement) {
    mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), Outbox.push(new Update(), List.of(announcement)), COLLECTION);
  }

  /** Applies a matching event once (redeliveries change nothing). */
  public boolean applyOnce(String id, String eventId, Update update) {
    return ProcessedEvents.upsertOnce(mongo, COLLECTION, id, eventId, update);
  }

  /**
   * Takes one unit of the counsellor's capacity in a week, atomically: the counter is raised only
   * while it is below the limit.
   */
  public boolean claimCapacity(String id, String week, int limit) {
    String field = "weekCounts." + week;
    Query q = Query.query(new Criteria().andOperator(Criteria.where("_id").is(id),
        new Criteria().orOperator(Criteria.where(field).lt(limit), Criteria.where(field).exists(false))));
    try {
      return mongo.updateFirst(q, new Update().inc(field, 1), COLLECTION).getModifiedCount() > 0;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  public void releaseCapacity(String id, String week) {
    String field = "weekCounts." + week;
    mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and(field).gt(0)), new Update().inc(field, -1), COLLECTION);
  }

  static Document document(Availability a) {
    List<Document> weekly = new ArrayList<>();
    for (WeeklyRule r : a.weekly()) {
      weekly.add(new Document("day", r.day().name()).append("start", r.start().toString()).append("end", r.end().toString()));
    }
    List<Document> exceptions = new ArrayList<>();
    for (AvailabilityException e : a.exceptions()) {
      exceptions.add(new Document("date", e.date().toString()).append("kind", e.kind().name())
          .append("start", e.start() == null ? null : e.start().toString())
          .append("end", e.end() == null ? null : e.end().toString()));
    }
    return new Document("zone", a.zone().getId()).append("weekly", weekly).append("exceptions", exceptions)
        .append("sessionMinutes", a.sessionMinutes()).append("bufferMinutes", a.bufferMinutes());
  }

  static Availability availability(Document d) {
    if (d == null) {
      return null;
    }
    List<WeeklyRule> weekly = Docs.list(d, "weekly").stream()
        .map(r -> new WeeklyRule(DayOfWeek.valueOf(r.getString("day")), LocalTime.parse(r.getString("start")),
            LocalTime.parse(r.getString("end"))))
        .toList();
    List<AvailabilityException> exceptions = Docs.list(d, "exceptions").stream()
        .map(e -> new AvailabilityException(LocalDate.parse(e.getString("date")),
            e.getString("start") == null ? null : LocalTime.parse(e.getString("start")),
            e.getString("end") == null ? null : LocalTime.parse(e.getString("end")),
            AvailabilityException.Kind.valueOf(e.getString("kind"))))
        .toList();
    return new Availability(ZoneId.of(d.getString("zone")), weekly, exceptions,
        (int) Docs.number(d, "sessionMinutes"), (int) Docs.number(d, "bufferMinutes"));
  }
}
