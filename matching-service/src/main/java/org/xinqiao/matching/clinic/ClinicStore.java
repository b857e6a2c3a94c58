package org.xinqiao.matching.clinic;

import static org.xinqiao.matching.common.Documents.date;
import static org.xinqiao.matching.common.Documents.instant;

import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.xinqiao.matching.common.Idempotency;
import org.xinqiao.matching.common.IdempotentInsert;

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
        .append("provinceCode", clinic.provinceCode()).append("registeredAt", date(clinic.registeredAt()));
    return IdempotentInsert.insertOrFindEarlier(mongo, COLLECTION, d, idem).map(ClinicStore::clinic).orElse(clinic);
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
