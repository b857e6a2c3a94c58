package org.xinqiao.records.config;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;
import org.xinqiao.records.assessment.AssessmentRepository;
import org.xinqiao.records.audit.AuditLog;
import org.xinqiao.records.care.CareLinks;
import org.xinqiao.records.client.ClientRepository;
import org.xinqiao.records.consent.ConsentRepository;
import org.xinqiao.records.note.NoteRepository;

/** Creates the indexes at start-up; the unique ones are how claims (sequence, active consent, idempotency) stay atomic. */
@Component
class MongoIndexes implements SmartInitializingSingleton {

  private final MongoTemplate mongo;

  MongoIndexes(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public void afterSingletonsInstantiated() {
    unique(ClientRepository.COLLECTION, "partnerId", "partnerRef");
    unique(ClientRepository.COLLECTION, "idempotencySlot");
    plain(ClientRepository.COLLECTION, "partnerId", "registeredAt");
    unique(ConsentRepository.COLLECTION, "activeKey");
    unique(ConsentRepository.COLLECTION, "idempotencySlot");
    plain(ConsentRepository.COLLECTION, "clientId");
    unique(AssessmentRepository.COLLECTION, "idempotencySlot");
    plain(AssessmentRepository.COLLECTION, "clientId", "scoredAt");
    unique(NoteRepository.COLLECTION, "idempotencySlot");
    plain(NoteRepository.COLLECTION, "clientId");
    unique(AuditLog.COLLECTION, "seq");
    plain(AuditLog.COLLECTION, "clientId", "seq");
    plain(AuditLog.COLLECTION, "at");
    plain(CareLinks.BOOKINGS, "clientId", "counselorId");
    plain(CareLinks.CASES, "clientId");
  }

  private void unique(String collection, String... fields) {
    mongo.indexOps(collection).createIndex(index(fields).unique());
  }

  private void plain(String collection, String... fields) {
    mongo.indexOps(collection).createIndex(index(fields));
  }

  private static Index index(String... fields) {
    Index index = new Index();
    for (String f : fields) {
      index.on(f, Sort.Direction.ASC);
    }
    return index;
  }
}
