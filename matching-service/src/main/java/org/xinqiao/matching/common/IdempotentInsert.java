package org.xinqiao.matching.common;

import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Creates a document that carries its {@code Idempotency-Key}, in one insert against the unique
 * (scope, key) index: either the new document stands, or the one created earlier under the same key
 * is returned (a different request under that key is refused).
 */
public final class IdempotentInsert {

  private IdempotentInsert() {}

  /**
   * Empty when the document was inserted; the earlier document when the key was used before.
   *
   * @throws DuplicateKeyException when another unique index refused the insert
   */
  public static Optional<Document> insertOrFindEarlier(MongoTemplate mongo, String collection, Document document,
      Idempotency idem) {
    document.append(Idempotency.SCOPE_FIELD, idem.scope()).append(Idempotency.KEY_FIELD, idem.key())
        .append(Idempotency.FINGERPRINT_FIELD, idem.fingerprint());
    try {
      mongo.insert(document, collection);
      return Optional.empty();
    } catch (DuplicateKeyException e) {
      Document earlier = mongo.findOne(Query.query(Criteria.where(Idempotency.SCOPE_FIELD).is(idem.scope())
          .and(Idempotency.KEY_FIELD).is(idem.key())), Document.class, collection);
      if (earlier == null) {
        throw e;
      }
      idem.requireSameRequest(earlier.getString(Idempotency.FINGERPRINT_FIELD));
      return Optional.of(earlier);
    }
  }
}
