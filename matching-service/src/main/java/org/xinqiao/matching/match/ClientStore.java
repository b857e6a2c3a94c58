package org.xinqiao.matching.match;

import static org.xinqiao.matching.common.Documents.date;
import static org.xinqiao.matching.common.Documents.strings;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import org.xinqiao.kit.messaging.ProcessedEvents;

/**
 * What matching keeps about a client ({@code clients}), all from events: the registering partner,
 * the latest risk level, the current and past counsellors. Each event is applied once and only
 * when newer than what is held; an erased client keeps only a tombstone.
 */
@Repository
public class ClientStore {

  static final String COLLECTION = "clients";

  /** A client as matching knows them. */
  public record Known(String clientId, String partnerId, boolean erased, ClientSituation situation) {}

  private final MongoTemplate mongo;

  ClientStore(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  public Optional<Known> find(String clientId) {
    Document d = mongo.findById(clientId, Document.class, COLLECTION);
    if (d == null) {
      return Optional.empty();
    }
    String risk = d.getString("riskLevel");
    ClientSituation s = new ClientSituation(risk == null ? RiskLevel.NONE : RiskLevel.valueOf(risk),
        d.getString("currentCounselorId"), new HashSet<>(strings(d, "pastCounselorIds")));
    return Optional.of(new Known(clientId, d.getString("partnerId"), d.getBoolean("erased", false), s));
  }

  public ClientSituation situation(String clientId) {
    return find(clientId).filter(k -> !k.erased()).map(Known::situation).orElse(ClientSituation.UNKNOWN);
  }

  public void registered(String clientId, String partnerId, String eventId) {
    ensure(clientId, eventId);
    mongo.updateFirst(Query.query(Criteria.where("_id").is(clientId).and("partnerId").exists(false)),
        new Update().set("partnerId", partnerId), COLLECTION);
  }

  public boolean riskScored(String clientId, RiskLevel level, Instant scoredAt, String eventId) {
    ensure(clientId, eventId);
    return mongo.updateFirst(newer(clientId, "riskScoredAt", scoredAt),
        new Update().set("riskLevel", level.name()).set("riskScoredAt", date(scoredAt)), COLLECTION)
        .getModifiedCount() > 0;
  }

  public boolean bookingConfirmed(String clientId, String counselorId, Instant confirmedAt, String eventId) {
    ensure(clientId, eventId);
    boolean newer = mongo.updateFirst(newer(clientId, "currentSince", confirmedAt),
        new Update().set("currentCounselorId", counselorId).set("currentSince", date(confirmedAt)), COLLECTION)
        .getModifiedCount() > 0;
    mongo.updateFirst(Query.query(Criteria.where("_id").is(clientId).and("erased").ne(true)),
        new Update().addToSet("pastCounselorIds", counselorId), COLLECTION);
    return newer;
  }

  /** Forgets everything but the fact of erasure, so late events cannot bring data back. */
  public void erased(String clientId, String partnerId, String eventId) {
    Update u = new Update().set("erased", true).set("partnerId", partnerId).unset("riskLevel")
        .unset("riskScoredAt").unset("currentCounselorId").unset("currentSince").unset("pastCounselorIds");
    ProcessedEvents.upsertOnce(mongo, COLLECTION, clientId, eventId, u);
  }

  /** Creates the client document if needed and remembers the event in it (once). */
  private void ensure(String clientId, String eventId) {
    ProcessedEvents.upsertOnce(mongo, COLLECTION, clientId, eventId, new Update().setOnInsert("erased", false));
  }

  private static Query newer(String clientId, String field, Instant at) {
    return new Query(new Criteria().andOperator(Criteria.where("_id").is(clientId), Criteria.where("erased").ne(true),
        new Criteria().orOperator(Criteria.where(field).exists(false), Criteria.where(field).lt(date(at)))));
  }
}
