package org.xinqiao.matching.clinic;

import static org.xinqiao.matching.common.Documents.date;
import static org.xinqiao.matching.common.Documents.instant;

import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.xinqiao.matching.common.Idempotency;

/** Clinics in MongoDB ({@code clinics}). */
@Repository
public class ClinicStore {

  static final String COLLECTION = "clinics";

  private final MongoTemplate mongo;

  ClinicStore(MongoTemplate mongo) {
    this.mongo = mongo;
    var ops = mongo.indexOps(COLLECTION);
    ops.createIndex(new Index().on(Idempotency.SCOPE_FIELD, Sort.Direction.ASC)
        .on(Idempotency.KEY_FIELD, Sort.Direction.ASC).unique().named("idempotency"));
  }

  /** Inserts the clinic, or returns the one created earlier under the same key. */
  public Clinic insert(Clinic clinic, Idempotency idem) {
    Document d = new Document("_id", clinic.id()).append("name", clinic.name())
        .append("provinceCode", clinic.provinceCode()).append("registeredAt", date(clinic.registeredAt()))
        .append(Idempotency.SCOPE_FIELD, idem.scope()).append(Idempotency.KEY_FIELD, idem.key())
        .append(Idempotency.FINGERPRINT_FIELD, idem.fingerprint());
    try {
      mongo.insert(d, COLLECTION);
      return clinic;
    } catch (DuplicateKeyException e) {
      Document existing = mongo.findOne(Query.query(Criteria.where(Idempotency.SCOPE_FIELD).is(idem.scope())
          .and(Idempotency.KEY_FIELD).is(idem.key())), Document.class, COLLECTION);
      if (existing == null) {
        throw e;
      }
      idem.requireSameRequest(existing.getString(Idempotency.FINGERPRINT_FIELD));
      return clinic(existing);
    }
  }

  public Optional<Clinic> find(String id) {
    return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION)).map(ClinicStore::clinic);
  }

  public List<Clinic> page(int page, int size) {
    Query q = new Query().with(Sort.by("registeredAt", "_id")).skip((long) page * size).limit(size);
    return mongo.find(q, Document.class, COLLECTION).stream().map(ClinicStore::clinic).toList();
  }

  public long count() {
    return mongo.count(new Query(), COLLECTION);
  }

  static Clinic clinic(Document d) {
    return new Clinic(d.getString("_id"), d.getString("name"), d.getString("provinceCode"),
        instant(d, "registeredAt"));
  }
}
