package org.xinqiao.matching.match;

import static org.xinqiao.matching.common.Documents.date;
import static org.xinqiao.matching.common.Documents.enums;
import static org.xinqiao.matching.common.Documents.instant;
import static org.xinqiao.matching.common.Documents.names;
import static org.xinqiao.matching.common.Documents.sorted;
import static org.xinqiao.matching.common.Documents.strings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import org.xinqiao.kit.outbox.Outbox;
import org.xinqiao.kit.outbox.OutboxEvent;
import org.xinqiao.matching.common.Idempotency;
import org.xinqiao.matching.common.IdempotentInsert;
import org.xinqiao.matching.counselor.AgeGroup;
import org.xinqiao.matching.counselor.Approach;
import org.xinqiao.matching.counselor.Gender;
import org.xinqiao.matching.counselor.Modality;
import org.xinqiao.matching.counselor.Topic;
import org.xinqiao.matching.match.MatchProblems.ConcurrentMatchChange;

/**
 * Match requests in MongoDB ({@code matches}): state, proposals with their breakdowns, pending
 * events ({@code outbox}); the client's province stays outside the preferences so that coverage
 * survives an erasure of the preferences.
 */
@Repository
public class MatchStore {

  public static final String COLLECTION = "matches";

  private final MongoTemplate mongo;

  MatchStore(MongoTemplate mongo) {
    this.mongo = mongo;
    var ops = mongo.indexOps(COLLECTION);
    ops.createIndex(new Index().on(Idempotency.SCOPE_FIELD, Sort.Direction.ASC)
        .on(Idempotency.KEY_FIELD, Sort.Direction.ASC).unique().named("idempotency"));
    ops.createIndex(new Index().on("clientId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC)
        .named("client"));
    ops.createIndex(new Index().on("status", Sort.Direction.ASC).named("status"));
    ops.createIndex(new Index().on("provinceCode", Sort.Direction.ASC).named("province"));
  }

  /** Inserts the request with its events, or returns the one created earlier under the same key. */
  public MatchRequest insert(MatchRequest m, List<OutboxEvent> events, Idempotency idem) {
    Document d = document(m).append("version", 0L)
        .append(Outbox.FIELD, events.stream().map(e -> mongo.getConverter().convertToMongoType(e)).toList());
    return IdempotentInsert.insertOrFindEarlier(mongo, COLLECTION, d, idem).map(MatchStore::request).orElse(m);
  }

  /** Writes the new state and events if the request is still at the version read. */
  public void update(MatchRequest m, List<OutboxEvent> events) {
    update(m, events, null);
  }

  /** The same, also noting the accepted counsellor's home province (for coverage). */
  public void update(MatchRequest m, List<OutboxEvent> events, String acceptedCounselorProvince) {
    Document d = document(m);
    Update u = new Update().inc("version", 1);
    if (acceptedCounselorProvince != null) {
      u.set("acceptedCounselorProvince", acceptedCounselorProvince);
    }
    for (String field : List.of("status", "proposals", "emptied", "proposedAt", "acceptedCounselorId",
        "acceptedAt", "supersededReason")) {
      u.set(field, d.get(field));
    }
    Outbox.push(u, events);
    var r = mongo.updateFirst(Query.query(Criteria.where("_id").is(m.id()).and("version").is(m.version())), u,
        COLLECTION);
    if (r.getMatchedCount() == 0) {
      throw new ConcurrentMatchChange(m.id());
    }
  }

  public Optional<MatchRequest> find(String id) {
    return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION)).map(MatchStore::request);
  }

  public List<MatchRequest> page(Criteria filter, int page, int size) {
    Query q = Query.query(filter).with(Sort.by(Sort.Direction.DESC, "createdAt")).skip((long) page * size)
        .limit(size);
    return mongo.find(q, Document.class, COLLECTION).stream().map(MatchStore::request).toList();
  }

  public long count(Criteria filter) {
    return mongo.count(Query.query(filter), COLLECTION);
  }

  public List<MatchRequest> waitlisted() {
    Query q = Query.query(Criteria.where("status").is(MatchStatus.WAITLISTED.name())).with(Sort.by("createdAt"));
    return mongo.find(q, Document.class, COLLECTION).stream().map(MatchStore::request).toList();
  }

  /** Accepted requests per counsellor: the load each carries. */
  public Map<String, Integer> acceptedPerCounselor() {
    Query q = Query.query(Criteria.where("status").is(MatchStatus.ACCEPTED.name()));
    q.fields().include("acceptedCounselorId");
    Map<String, Integer> load = new HashMap<>();
    mongo.stream(q, Document.class, COLLECTION)
        .forEach(d -> load.merge(d.getString("acceptedCounselorId"), 1, Integer::sum));
    return load;
  }

  /** Forgets the client's preferences in every request; waiting ones are withdrawn. */
  public void forgetPreferences(String clientId) {
    mongo.updateMulti(Query.query(Criteria.where("clientId").is(clientId).and("status")
            .is(MatchStatus.WAITLISTED.name())),
        new Update().set("status", MatchStatus.SUPERSEDED.name()).set("supersededReason", "CLIENT_ERASED")
            .inc("version", 1), COLLECTION);
    Query ofClient = Query.query(Criteria.where("clientId").is(clientId).and("preferencesErased").ne(true));
    for (Document d : mongo.find(ofClient, Document.class, COLLECTION)) {
      List<Document> stored = d.getList("proposals", Document.class);
      List<Document> bare = (stored == null ? List.<Document>of() : stored).stream()
          .map(p -> new Document("counselorId", p.getString("counselorId")).append("rank", p.get("rank"))
              .append("score", p.get("score")))
          .toList();
      mongo.updateFirst(Query.query(Criteria.where("_id").is(d.get("_id"))), new Update().unset("criteria")
          .unset("emptied").set("proposals", bare).set("preferencesErased", true), COLLECTION);
    }
  }

  /** The fields coverage reads. */
  public record CoverageRow(String provinceCode, MatchStatus status, Instant createdAt, Instant proposedAt,
      String acceptedCounselorProvince) {}

  public List<CoverageRow> coverageRows() {
    Query q = new Query();
    q.fields().include("provinceCode").include("status").include("createdAt").include("proposedAt")
        .include("acceptedCounselorProvince");
    List<CoverageRow> rows = new ArrayList<>();
    mongo.stream(q, Document.class, COLLECTION).forEach(d -> rows.add(new CoverageRow(d.getString("provinceCode"),
        MatchStatus.valueOf(d.getString("status")), instant(d, "createdAt"), instant(d, "proposedAt"),
        d.getString("acceptedCounselorProvince"))));
    return rows;
  }

  static Document document(MatchRequest m) {
    Document d = new Document("_id", m.id()).append("clientId", m.clientId()).append("partnerId", m.partnerId())
        .append("status", m.status().name()).append("createdAt", date(m.createdAt()))
        .append("proposedAt", date(m.proposedAt())).append("acceptedCounselorId", m.acceptedCounselorId())
        .append("acceptedAt", date(m.acceptedAt())).append("previousMatchId", m.previousMatchId())
        .append("rematchReason", m.rematchReason()).append("supersededReason", m.supersededReason());
    MatchCriteria c = m.criteria();
    if (c != null) {
      d.append("provinceCode", c.provinceCode()).append("criteria", new Document("provinceCode", c.provinceCode())
          .append("languages", sorted(c.languages())).append("topics", names(c.topics()))
          .append("preferredApproaches", names(c.preferredApproaches())).append("modality", c.modality().name())
          .append("genderPreference", c.genderPreference() == null ? null : c.genderPreference().name())
          .append("ageGroup", c.ageGroup().name()));
    }
    d.append("proposals", m.proposals().stream().map(p -> {
      Document breakdown = new Document();
      p.breakdown().forEach((f, v) -> breakdown.append(f.name(), v));
      return new Document("counselorId", p.counselorId()).append("rank", p.rank()).append("score", p.score())
          .append("breakdown", breakdown).append("reason", p.reason());
    }).toList());
    d.append("emptied", m.emptied() == null ? null
        : new Document("constraint", m.emptied().constraint()).append("explanation", m.emptied().explanation()));
    return d;
  }

  static MatchRequest request(Document d) {
    Document c = d.get("criteria", Document.class);
    MatchCriteria criteria = c == null ? null : new MatchCriteria(c.getString("provinceCode"),
        new HashSet<>(strings(c, "languages")), enums(c, "topics", Topic.class),
        enums(c, "preferredApproaches", Approach.class), Modality.valueOf(c.getString("modality")),
        c.getString("genderPreference") == null ? null : Gender.valueOf(c.getString("genderPreference")),
        AgeGroup.valueOf(c.getString("ageGroup")));
    List<RankedCandidate> proposals = new ArrayList<>();
    List<Document> stored = d.getList("proposals", Document.class);
    for (Document p : stored == null ? List.<Document>of() : stored) {
      Map<Factor, Double> breakdown = new EnumMap<>(Factor.class);
      Document b = p.get("breakdown", Document.class);
      if (b != null) {
        b.forEach((k, v) -> breakdown.put(Factor.valueOf(k), ((Number) v).doubleValue()));
      }
      proposals.add(new RankedCandidate(p.getString("counselorId"), p.getInteger("rank"),
          ((Number) p.get("score")).doubleValue(), breakdown, p.getString("reason")));
    }
    Document e = d.get("emptied", Document.class);
    Emptied emptied = e == null ? null : new Emptied(e.getString("constraint"), e.getString("explanation"));
    return MatchRequest.restore(d.getString("_id"), d.getString("clientId"), d.getString("partnerId"), criteria,
        MatchStatus.valueOf(d.getString("status")), proposals, emptied, instant(d, "createdAt"),
        instant(d, "proposedAt"), d.getString("acceptedCounselorId"), instant(d, "acceptedAt"),
        d.getString("previousMatchId"), d.getString("rematchReason"), d.getString("supersededReason"),
        ((Number) d.get("version")).longValue());
  }
}
