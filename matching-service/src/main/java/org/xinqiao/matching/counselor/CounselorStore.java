package org.xinqiao.matching.counselor;

import static org.xinqiao.matching.common.Documents.date;
import static org.xinqiao.matching.common.Documents.enums;
import static org.xinqiao.matching.common.Documents.instant;
import static org.xinqiao.matching.common.Documents.names;
import static org.xinqiao.matching.common.Documents.sorted;
import static org.xinqiao.matching.common.Documents.strings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import org.xinqiao.kit.messaging.ProcessedEvents;
import org.xinqiao.kit.outbox.Outbox;
import org.xinqiao.kit.outbox.OutboxEvent;
import org.xinqiao.matching.common.Idempotency;
import org.xinqiao.matching.common.IdempotentInsert;
import org.xinqiao.matching.counselor.CounselorProblems.ConcurrentChange;
import org.xinqiao.matching.counselor.CounselorProblems.LicenceNumberTaken;

/**
 * Counsellors in MongoDB ({@code counselors}): one document per counsellor holding its state, its
 * pending events ({@code outbox}), the availability booking announced and the ids of the events
 * it absorbed. Every change is one atomic, version-guarded write.
 */
@Repository
public class CounselorStore {

  public static final String COLLECTION = "counselors";

  /** A stored counsellor with what booking told us about their free time. */
  public record Stored(Counselor counselor, Instant nextFreeSlot, int freeSlots, Instant updatedAt) {}

  private final MongoTemplate mongo;

  CounselorStore(MongoTemplate mongo) {
    this.mongo = mongo;
    var ops = mongo.indexOps(COLLECTION);
    ops.createIndex(new Index().on("licenceNumber", Sort.Direction.ASC).unique().named("licence_number"));
    ops.createIndex(new Index().on(Idempotency.SCOPE_FIELD, Sort.Direction.ASC)
        .on(Idempotency.KEY_FIELD, Sort.Direction.ASC).unique().named("idempotency"));
    ops.createIndex(new Index().on("clinicId", Sort.Direction.ASC).named("clinic"));
    ops.createIndex(new Index().on("status", Sort.Direction.ASC).on("licenceExpiresOn", Sort.Direction.ASC)
        .named("status_expiry"));
    ops.createIndex(new Index().on("updatedAt", Sort.Direction.ASC).named("updated"));
  }

  /** Inserts a new counsellor with its events, or returns the one created earlier under the same key. */
  public Counselor insert(Counselor c, List<OutboxEvent> events, Idempotency idem, Instant now) {
    Document d = document(c).append("version", 0L).append("updatedAt", date(now)).append("freeSlots", 0)
        .append(Outbox.FIELD, events.stream().map(e -> mongo.getConverter().convertToMongoType(e)).toList());
    try {
      return IdempotentInsert.insertOrFindEarlier(mongo, COLLECTION, d, idem).map(x -> stored(x).counselor()).orElse(c);
    } catch (DuplicateKeyException e) {
      // not the idempotency index: the licence number is registered already
      throw new LicenceNumberTaken();
    }
  }

  /** Writes a transition and its events in one update, if nobody changed the counsellor meanwhile. */
  public void update(Counselor c, List<OutboxEvent> events, Instant now) {
    Update u = new Update().set("status", c.status().name()).set("statusReason", c.statusReason())
        .set("statusChangedAt", date(c.statusChangedAt())).set("licenceExpiresOn", c.licence().expiresOn().toString())
        .set("updatedAt", date(now)).inc("version", 1);
    Outbox.push(u, events);
    var result = mongo.updateFirst(Query.query(Criteria.where("_id").is(c.id()).and("version").is(c.version())), u,
        COLLECTION);
    if (result.getMatchedCount() == 0) {
      throw new ConcurrentChange(c.id());
    }
  }

  /**
   * Records booking's announcement of free time unless it is older than what we hold or was
   * absorbed already; true when it changed something.
   */
  public boolean recordAvailability(String counselorId, Instant nextFreeSlot, int freeSlots, Instant changedAt,
      String eventId, Instant now) {
    Criteria newer = new Criteria().andOperator(Criteria.where("_id").is(counselorId), new Criteria().orOperator(
        Criteria.where("availabilityChangedAt").exists(false), Criteria.where("availabilityChangedAt").lt(
            date(changedAt))));
    Update u = new Update().set("nextFreeSlot", date(nextFreeSlot)).set("freeSlots", freeSlots)
        .set("availabilityChangedAt", date(changedAt)).set("updatedAt", date(now));
    return ProcessedEvents.applyOnce(mongo, COLLECTION, newer, eventId, u);
  }

  public Optional<Stored> find(String id) {
    return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION)).map(CounselorStore::stored);
  }

  public List<Stored> pageOfClinic(String clinicId, int page, int size) {
    Query q = Query.query(Criteria.where("clinicId").is(clinicId)).with(Sort.by("onboardedAt", "_id"))
        .skip((long) page * size).limit(size);
    return mongo.find(q, Document.class, COLLECTION).stream().map(CounselorStore::stored).toList();
  }

  public long countOfClinic(String clinicId) {
    return mongo.count(Query.query(Criteria.where("clinicId").is(clinicId)), COLLECTION);
  }

  /** Verified counsellors whose licence expiry date is before {@code today} (in China Standard Time). */
  public List<String> verifiedWithLicenceExpiredBefore(LocalDate today) {
    Query q = Query.query(Criteria.where("status").is(CounselorStatus.VERIFIED.name()).and("licenceExpiresOn")
        .lt(today.toString()));
    q.fields().include("_id");
    return mongo.find(q, Document.class, COLLECTION).stream().map(d -> d.getString("_id")).toList();
  }

  /** Streams every counsellor changed after {@code since} (all when null). */
  public void forEachChangedSince(Instant since, Consumer<Stored> each) {
    Query q = since == null ? new Query() : Query.query(Criteria.where("updatedAt").gt(date(since)));
    mongo.stream(q, Document.class, COLLECTION).forEach(d -> each.accept(stored(d)));
  }

  static Document document(Counselor c) {
    CounselorProfile p = c.profile();
    return new Document("_id", c.id()).append("clinicId", c.clinicId()).append("provinceCode", c.provinceCode())
        .append("displayName", p.displayName()).append("gender", p.gender().name())
        .append("languages", sorted(p.languages())).append("qualifications", p.qualifications())
        .append("approaches", names(p.approaches())).append("topics", names(p.topics()))
        .append("modalities", names(p.modalities())).append("ageGroups", names(p.ageGroups()))
        .append("crisisTrained", p.crisisTrained()).append("supervisorId", p.supervisorId())
        .append("weeklyCapacity", p.weeklyCapacity()).append("timeZone", p.timeZone().getId())
        .append("licenceNumber", c.licence().number()).append("licenceNational", c.licence().national())
        .append("licenceProvinces", sorted(c.licence().provinceCodes()))
        .append("licenceExpiresOn", c.licence().expiresOn().toString()).append("status", c.status().name())
        .append("statusReason", c.statusReason()).append("onboardedAt", date(c.onboardedAt()))
        .append("statusChangedAt", date(c.statusChangedAt()));
  }

  static Stored stored(Document d) {
    CounselorProfile profile = new CounselorProfile(d.getString("displayName"), Gender.valueOf(d.getString("gender")),
        new HashSet<>(strings(d, "languages")), strings(d, "qualifications"), enums(d, "approaches", Approach.class),
        enums(d, "topics", Topic.class), enums(d, "modalities", Modality.class), enums(d, "ageGroups", AgeGroup.class),
        d.getBoolean("crisisTrained", false), d.getString("supervisorId"), d.getInteger("weeklyCapacity"),
        ZoneId.of(d.getString("timeZone")));
    Licence licence = new Licence(d.getString("licenceNumber"), d.getBoolean("licenceNational", false),
        new HashSet<>(strings(d, "licenceProvinces")), LocalDate.parse(d.getString("licenceExpiresOn")));
    Counselor c = Counselor.restore(d.getString("_id"), d.getString("clinicId"), d.getString("provinceCode"), profile,
        licence, CounselorStatus.valueOf(d.getString("status")), d.getString("statusReason"),
        instant(d, "onboardedAt"), instant(d, "statusChangedAt"), ((Number) d.get("version")).longValue());
    Number free = (Number) d.get("freeSlots");
    return new Stored(c, instant(d, "nextFreeSlot"), free == null ? 0 : free.intValue(), instant(d, "updatedAt"));
  }
}
