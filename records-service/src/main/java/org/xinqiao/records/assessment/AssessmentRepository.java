package org.xinqiao.records.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.xinqiao.kit.outbox.OutboxEvent;

/** Stored assessments: the score in clear, the answers only as ciphertext under the client's data key. */
@Component
public class AssessmentRepository {

  public static final String COLLECTION = "assessments";

  private final MongoTemplate mongo;

  public AssessmentRepository(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** The stored form. */
  public record AssessmentDocument(@Id String id, String clientId, String instrument, Integer total, String band,
      String riskLevel, List<String> riskFlags, String bandsVersion, String locale, String answersCiphertext,
      Instant scoredAt, String idempotencySlot, String fingerprint, List<OutboxEvent> outbox) {}

  void insert(AssessmentDocument d) {
    mongo.insert(d, COLLECTION);
  }

  Optional<AssessmentDocument> findBySlot(String slot) {
    return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("idempotencySlot").is(slot)),
        AssessmentDocument.class, COLLECTION));
  }

  public List<AssessmentDocument> ofClient(String clientId, long skip, int limit) {
    return mongo.find(Query.query(Criteria.where("clientId").is(clientId)).with(Sort.by("scoredAt", "_id"))
        .skip(skip).limit(limit), AssessmentDocument.class, COLLECTION);
  }

  public long countOfClient(String clientId) {
    return mongo.count(Query.query(Criteria.where("clientId").is(clientId)), COLLECTION);
  }
}
