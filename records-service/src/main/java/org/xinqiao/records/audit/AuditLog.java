package org.xinqiao.records.audit;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.xinqiao.records.common.Paging;
import org.xinqiao.records.common.PageView;

/**
 * The append-only, hash-chained audit log in MongoDB. Appending claims the next sequence number
 * through the unique index on {@code seq}: two writers that read the same head both try to insert
 * the same number, exactly one wins and the other re-reads the head and chains onto the winner, so
 * the chain cannot fork. The head document remembers the highest sequence written (so a deleted
 * tail is detected) and the anchor left by retention.
 */
@Component
public class AuditLog {

  public static final String COLLECTION = "audit";
  static final String HEAD = "auditHead";
  private static final int MAX_ATTEMPTS = 50;

  private final MongoTemplate mongo;
  private final Clock clock;
  private final MeterRegistry meters;
  private final ReentrantLock local = new ReentrantLock();

  public AuditLog(MongoTemplate mongo, Clock clock, MeterRegistry meters) {
    this.mongo = mongo;
    this.clock = clock;
    this.meters = meters;
  }

  public AuditEntry append(AuditRecord record) {
    local.lock();
    try {
      for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        Document last = mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "seq")).limit(1), Document.class,
            COLLECTION);
        long seq;
        String previous;
        if (last != null) {
          seq = last.get("seq", Number.class).longValue();
          previous = last.getString("hash");
        } else {
          Document head = head();
          seq = head == null ? 0 : head.get("anchorSeq", Number.class).longValue();
          previous = head == null ? AuditChain.GENESIS : head.getString("anchorHash");
        }
        AuditEntry entry = AuditChain.seal(seq + 1, clock.instant().truncatedTo(ChronoUnit.MILLIS), record, previous);
        try {
          mongo.insert(toDocument(entry), COLLECTION);
        } catch (DuplicateKeyException raced) {
          continue;
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(HEAD)),
            new Update().max("seq", entry.seq()).setOnInsert("anchorSeq", 0L).setOnInsert("anchorHash", AuditChain.GENESIS),
            HEAD);
        meters.counter("xinqiao.records.audit.appended", "action", record.action(), "outcome", record.outcome().name())
            .increment();
        return entry;
      }
      throw new IllegalStateException("could not claim an audit sequence number");
    } finally {
      local.unlock();
    }
  }

  public PageView<AuditEntry> list(String clientId, Paging paging) {
    Query query = clientId == null ? new Query() : Query.query(Criteria.where("clientId").is(clientId));
    long total = mongo.count(query, COLLECTION);
    List<AuditEntry> items = mongo.find(query.with(Sort.by(Sort.Direction.ASC, "seq")).skip(paging.skip()).limit(paging.size()),
        Document.class, COLLECTION).stream().map(AuditLog::fromDocument).toList();
    return paging.view(items, total);
  }

  /** Recomputes the whole chain from the retention anchor to the head. */
  public AuditChain.Verification verify() {
    Document head = head();
    long anchorSeq = head == null ? 0 : head.get("anchorSeq", Number.class).longValue();
    String anchorHash = head == null ? AuditChain.GENESIS : head.getString("anchorHash");
    long headSeq = head == null ? 0 : head.get("seq", Number.class).longValue();
    List<AuditEntry> entries = mongo.find(Query.query(Criteria.where("seq").gt(anchorSeq))
        .with(Sort.by(Sort.Direction.ASC, "seq")), Document.class, COLLECTION).stream().map(AuditLog::fromDocument).toList();
    AuditChain.Verification result = AuditChain.verify(anchorSeq, anchorHash, entries, headSeq);
    meters.counter("xinqiao.records.audit.verifications", "valid", String.valueOf(result.valid())).increment();
    return result;
  }

  /**
   * Removes entries older than the retention period. The last removed entry becomes the anchor the
   * chain is verified from; the anchor is written before anything is removed.
   */
  public int sweep(Duration retention) {
    Instant cutoff = clock.instant().minus(retention);
    Document lastExpired = mongo.findOne(Query.query(Criteria.where("at").lt(Date.from(cutoff)))
        .with(Sort.by(Sort.Direction.DESC, "seq")).limit(1), Document.class, COLLECTION);
    if (lastExpired == null) {
      return 0;
    }
    long anchorSeq = lastExpired.get("seq", Number.class).longValue();
    mongo.upsert(Query.query(Criteria.where("_id").is(HEAD)),
        new Update().set("anchorSeq", anchorSeq).set("anchorHash", lastExpired.getString("hash")).max("seq", anchorSeq),
        HEAD);
    return (int) mongo.remove(Query.query(Criteria.where("seq").lte(anchorSeq)), COLLECTION).getDeletedCount();
  }

  private Document head() {
    return mongo.findById(HEAD, Document.class, HEAD);
  }

  static Document toDocument(AuditEntry e) {
    Document d = new Document("seq", e.seq()).append("at", Date.from(e.at())).append("actor", e.actor())
        .append("roles", e.roles()).append("action", e.action()).append("clientId", e.clientId())
        .append("purpose", e.purpose()).append("outcome", e.outcome()).append("reason", e.reason())
        .append("caseId", e.caseId()).append("correlationId", e.correlationId())
        .append("previousHash", e.previousHash()).append("hash", e.hash());
    return d;
  }

  static AuditEntry fromDocument(Document d) {
    return new AuditEntry(d.get("seq", Number.class).longValue(), d.getDate("at").toInstant(), d.getString("actor"),
        d.getString("roles"), d.getString("action"), d.getString("clientId"), d.getString("purpose"),
        d.getString("outcome"), d.getString("reason"), d.getString("caseId"), d.getString("correlationId"),
        d.getString("previousHash"), d.getString("hash"));
  }
}
