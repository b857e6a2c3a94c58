package org.xinqiao.crisis.cases.persistence;

import com.mongodb.client.result.UpdateResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.xinqiao.crisis.cases.CasePage;
import org.xinqiao.crisis.cases.CaseStatus;
import org.xinqiao.crisis.cases.CrisisCase;
import org.xinqiao.crisis.cases.Outcome;
import org.xinqiao.crisis.cases.TimelineEntry;
import org.xinqiao.crisis.triage.Severity;
import org.xinqiao.crisis.triage.SignalKind;
import org.xinqiao.kit.messaging.ProcessedEvents;
import org.xinqiao.kit.outbox.Outbox;
import org.xinqiao.kit.outbox.OutboxEvent;

/**
 * Crisis cases in MongoDB, one document each, holding their pending events (outbox) and the ids of
 * the signals they absorbed. Every change is one conditional write on the document's version, so a
 * change and its events are stored together and two writers never both win. The sparse unique key
 * {@code openFor} (the client id while the case is open) makes "one open case per client" atomic.
 */
@Component
public class CaseStore implements SmartInitializingSingleton {

  public static final String COLLECTION = "crisis_cases";
  static final String OPEN_FOR = "openFor";
  static final String IDEMPOTENCY_KEYS = "idempotencyKeys";
  /** The client id of a resolved case whose client was erased. */
  public static final String ERASED = "erased";

  private final MongoTemplate mongo;

  public CaseStore(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** Unique keys are how claims are made atomic, so they exist before any request or event is served. */
  @Override
  public void afterSingletonsInstantiated() {
    createIndexes();
  }

  public void createIndexes() {
    var ops = mongo.indexOps(COLLECTION);
    ops.createIndex(new Index().on(OPEN_FOR, Sort.Direction.ASC).unique().sparse().named("one_open_case_per_client"));
    ops.createIndex(new Index().on("nextDeadline", Sort.Direction.ASC).named("due"));
    ops.createIndex(new Index().on("routedTeams", Sort.Direction.ASC).named("routed_teams"));
    ops.createIndex(new Index().on(ProcessedEvents.FIELD, Sort.Direction.ASC).named("absorbed_signals"));
    ops.createIndex(new Index().on(IDEMPOTENCY_KEYS, Sort.Direction.ASC).named("idempotency_keys"));
    // Conditional writes (version and fence; the relay's lease) find their document by these exact
    // keys. MongoDB serves them from the _id index anyway; the in-JVM wire server only uses an
    // index whose keys equal the query's, and scans the collection otherwise.
    ops.createIndex(new Index().on("_id", Sort.Direction.ASC).on("version", Sort.Direction.ASC)
        .on("fence", Sort.Direction.ASC).unique().named("conditional_write"));
    ops.createIndex(new Index().on("_id", Sort.Direction.ASC).on(Outbox.LEASE, Sort.Direction.ASC).unique()
        .named("outbox_lease"));
  }

  /**
   * Stores a new case with its events. Throws {@link org.springframework.dao.DuplicateKeyException}
   * when the client already has an open case.
   */
  public void insert(CrisisCase c, String signalId, String idempotencyKey) {
    Document doc = toDocument(c);
    doc.put("_id", c.id());
    doc.put("version", 0L);
    doc.put("fence", 0L);
    doc.put(ProcessedEvents.FIELD, List.of(signalId));
    if (idempotencyKey != null) {
      doc.put(IDEMPOTENCY_KEYS, List.of(idempotencyKey));
    }
    List<Object> outbox = new ArrayList<>();
    for (OutboxEvent e : CaseOutbox.entries(c.pullEvents())) {
      outbox.add(mongo.getConverter().convertToMongoType(e));
    }
    doc.put(Outbox.FIELD, outbox);
    mongo.insert(doc, COLLECTION);
  }

  /**
   * Writes the case's changes and events if nobody changed it since it was read; with a signal id,
   * also only if that signal was not absorbed yet. False when the condition failed.
   */
  public boolean save(CrisisCase c, String signalId, String idempotencyKey) {
    List<OutboxEvent> entries = CaseOutbox.entries(c.pullEvents());
    Criteria where = Criteria.where("_id").is(c.id()).and("version").is(c.version()).and("fence").is(c.fence());
    Update update = new Update();
    toDocument(c).forEach(update::set);
    if (c.status() != CaseStatus.OPEN) {
      update.unset(OPEN_FOR);
    }
    update.inc("version", 1).unset("leaseOwner").unset("leaseUntil");
    Outbox.push(update, entries);
    if (idempotencyKey != null) {
      update.push(IDEMPOTENCY_KEYS).slice(-ProcessedEvents.REMEMBERED).each(idempotencyKey);
    }
    if (signalId != null) {
      return ProcessedEvents.applyOnce(mongo, COLLECTION, where, signalId, update);
    }
    UpdateResult r = mongo.updateFirst(new Query(where), update, COLLECTION);
    return r.getModifiedCount() > 0;
  }

  /**
   * Unlinks the client's resolved cases from the client (erasure): the case history stays for
   * oversight, without the pseudonym. Open cases keep it until a responder has closed them.
   */
  public long unlinkResolved(String clientId) {
    return mongo.updateMulti(new Query(Criteria.where("clientId").is(clientId).and("status").is(CaseStatus.RESOLVED.name())),
        new Update().set("clientId", ERASED).inc("version", 1), COLLECTION).getModifiedCount();
  }

  public Optional<CrisisCase> find(String id) {
    return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION)).map(CaseStore::fromDocument);
  }

  public Optional<CrisisCase> findOpenFor(String clientId) {
    return one(Criteria.where(OPEN_FOR).is(clientId));
  }

  /** The case that absorbed this signal (event id or idempotency fingerprint), open or not. */
  public Optional<CrisisCase> findBySignal(String signalId) {
    return one(Criteria.where(ProcessedEvents.FIELD).is(signalId));
  }

  public Optional<CrisisCase> findByIdempotencyKey(String key) {
    return one(Criteria.where(IDEMPOTENCY_KEYS).is(key));
  }

  private Optional<CrisisCase> one(Criteria criteria) {
    return Optional.ofNullable(mongo.findOne(new Query(criteria), Document.class, COLLECTION)).map(CaseStore::fromDocument);
  }

  /** A due case as read: its id and the version and fence it had. */
  public record Due(String id, long version, long fence) {}

  /** Cases due at {@code now} whose lease is free or expired, most overdue first. */
  public List<Due> due(Instant now, int limit) {
    Query q = new Query(due(now)).with(Sort.by("nextDeadline")).limit(limit);
    q.fields().include("_id").include("version").include("fence");
    return mongo.find(q, Document.class, COLLECTION).stream()
        .map(d -> new Due(d.getString("_id"), number(d.get("version")), number(d.get("fence")))).toList();
  }

  /**
   * Claims a case read as due: sets the lease and increments the fence and version in one write
   * conditioned on the version and fence read. Every change of a case increments its version, and
   * a passed deadline or an expired lease stays so as time goes on, so an unchanged version means
   * the case is still due and unleased: exactly one timer instance gets it.
   */
  public Optional<CrisisCase> claim(Due due, Instant now, String owner, Duration lease) {
    Query q = new Query(Criteria.where("_id").is(due.id()).and("version").is(due.version()).and("fence").is(due.fence()));
    Update claim = new Update().set("leaseOwner", owner).set("leaseUntil", Date.from(now.plus(lease)))
        .inc("fence", 1).inc("version", 1);
    Document doc = mongo.findAndModify(q, claim, FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
    return Optional.ofNullable(doc).map(CaseStore::fromDocument);
  }

  private static Criteria due(Instant now) {
    Date at = Date.from(now);
    return new Criteria().andOperator(
        Criteria.where("status").is(CaseStatus.OPEN.name()),
        Criteria.where("nextDeadline").lte(at),
        new Criteria().orOperator(Criteria.where("leaseUntil").is(null), Criteria.where("leaseUntil").lt(at)));
  }

  /** Cases routed to a team (or all when {@code teamId} is null), newest first. */
  public CasePage page(String teamId, CaseStatus status, int page, int size) {
    Criteria c = new Criteria();
    if (teamId != null) {
      c = c.and("routedTeams").is(teamId);
    }
    if (status != null) {
      c = c.and("status").is(status.name());
    }
    Query q = new Query(c);
    long total = mongo.count(q, COLLECTION);
    q.with(Sort.by(Sort.Direction.DESC, "openedAt")).skip((long) page * size).limit(size);
    List<CrisisCase> items = mongo.find(q, Document.class, COLLECTION).stream().map(CaseStore::fromDocument).toList();
    return new CasePage(items, total);
  }

  static Document toDocument(CrisisCase c) {
    Document d = new Document();
    d.put("clientId", c.clientId());
    if (c.status() == CaseStatus.OPEN) {
      d.put(OPEN_FOR, c.clientId());
    }
    d.put("source", c.source().name());
    d.put("regionCode", c.regionCode());
    d.put("ladder", c.ladder());
    d.put("openedAt", date(c.openedAt()));
    d.put("severity", c.severity().name());
    d.put("ackWindowMillis", c.ackWindow().toMillis());
    d.put("status", c.status().name());
    d.put("tier", c.tier());
    d.put("nextDeadline", date(c.nextDeadline()));
    d.put("routedTeams", new ArrayList<>(c.routedTeams()));
    d.put("acknowledgedAt", date(c.acknowledgedAt()));
    d.put("acknowledgedBy", c.acknowledgedBy());
    d.put("acknowledgedTeam", c.acknowledgedTeam());
    d.put("acknowledgedTier", c.acknowledgedTier());
    d.put("emergencyRequestedAt", date(c.emergencyRequestedAt()));
    d.put("contactAttempts", c.contactAttempts());
    d.put("outcome", c.outcome() == null ? null : c.outcome().name());
    d.put("resolvedAt", date(c.resolvedAt()));
    List<Document> timeline = new ArrayList<>();
    for (TimelineEntry t : c.timeline()) {
      timeline.add(new Document("at", date(t.at())).append("kind", t.kind().name()).append("tier", t.tier())
          .append("teamId", t.teamId()).append("actor", t.actor()).append("detail", t.detail()));
    }
    d.put("timeline", timeline);
    return d;
  }

  @SuppressWarnings("unchecked")
  static CrisisCase fromDocument(Document d) {
    List<TimelineEntry> timeline = new ArrayList<>();
    for (Document t : (List<Document>) d.get("timeline", List.class)) {
      timeline.add(new TimelineEntry(instant(t.get("at")), TimelineEntry.Kind.valueOf(t.getString("kind")),
          t.getInteger("tier"), t.getString("teamId"), t.getString("actor"), t.getString("detail")));
    }
    return new CrisisCase(d.getString("_id"), d.getString("clientId"), SignalKind.valueOf(d.getString("source")),
        d.getString("regionCode"), (List<String>) d.get("ladder", List.class), instant(d.get("openedAt")),
        Severity.valueOf(d.getString("severity")), Duration.ofMillis(number(d.get("ackWindowMillis"))),
        CaseStatus.valueOf(d.getString("status")), (int) number(d.get("tier")), instant(d.get("nextDeadline")),
        new LinkedHashSet<>((List<String>) d.get("routedTeams", List.class)), instant(d.get("acknowledgedAt")),
        d.getString("acknowledgedBy"), d.getString("acknowledgedTeam"), (int) number(d.get("acknowledgedTier")),
        instant(d.get("emergencyRequestedAt")), (int) number(d.get("contactAttempts")),
        d.getString("outcome") == null ? null : Outcome.valueOf(d.getString("outcome")), instant(d.get("resolvedAt")),
        timeline, number(d.get("version")), number(d.get("fence")));
  }

  private static Date date(Instant i) {
    return i == null ? null : Date.from(i);
  }

  private static Instant instant(Object o) {
    return o instanceof Date date ? date.toInstant() : null;
  }

  private static long number(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }
}
