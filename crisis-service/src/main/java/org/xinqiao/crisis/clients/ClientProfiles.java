package org.xinqiao.crisis.clients;

import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.xinqiao.crisis.triage.Risk;
import org.xinqiao.kit.messaging.ProcessedEvents;

/**
 * Client profiles kept from records' events. Writes are naturally idempotent and order-safe: the
 * registration sets fields (a repeat sets the same values), and the latest risk only moves forward
 * in assessment time, so a redelivered or late event changes nothing.
 */
@Component
public class ClientProfiles {

  static final String COLLECTION = "client_profiles";

  private final MongoTemplate mongo;

  public ClientProfiles(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  public ClientProfile find(String clientId) {
    Document d = mongo.findById(clientId, Document.class, COLLECTION);
    if (d == null) {
      return ClientProfile.unknown(clientId);
    }
    String risk = d.getString("latestRisk");
    Date at = d.getDate("latestRiskAt");
    return new ClientProfile(clientId, d.getString("partnerId"), d.getString("provinceCode"),
        risk == null ? Risk.NONE : Risk.valueOf(risk), at == null ? null : at.toInstant());
  }

  public void registered(String eventId, String clientId, String partnerId, String provinceCode) {
    ProcessedEvents.upsertOnce(mongo, COLLECTION, clientId, eventId,
        new Update().set("partnerId", partnerId).set("provinceCode", provinceCode));
  }

  /** Forgets the client (erasure). Repeating it changes nothing. */
  public void erase(String clientId) {
    mongo.remove(new Query(Criteria.where("_id").is(clientId)), COLLECTION);
  }

  /** Remembers an assessment's risk and province if it is newer than what is known. */
  public void assessed(String clientId, Risk risk, String provinceCode, Instant scoredAt) {
    Date at = Date.from(scoredAt);
    Query newer = new Query(Criteria.where("_id").is(clientId)
        .orOperator(Criteria.where("latestRiskAt").is(null), Criteria.where("latestRiskAt").lt(at)));
    try {
      mongo.upsert(newer, new Update().set("latestRisk", risk.name()).set("latestRiskAt", at)
          .set("provinceCode", provinceCode), COLLECTION);
    } catch (DuplicateKeyException olderOrSame) {
      // a newer assessment is already known
    }
  }
}
