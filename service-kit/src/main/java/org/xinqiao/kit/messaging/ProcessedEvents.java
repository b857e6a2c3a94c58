package org.xinqiao.kit.messaging;

import com.mongodb.client.result.UpdateResult;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Idempotent consumption without transactions: the ids of the events a document has absorbed are
 * kept in that document ({@code processedEventIds}, the most recent {@value #REMEMBERED}), and an
 * update applies only where the id is not there yet, in the same atomic write that records it. An
 * event delivered twice therefore changes nothing the second time.
 */
public final class ProcessedEvents {

  public static final String FIELD = "processedEventIds";
  public static final int REMEMBERED = 500;

  private ProcessedEvents() {}

  /** Applies the update to the matched document unless it absorbed this event already; true when applied now. */
  public static boolean applyOnce(MongoTemplate mongo, String collection, Criteria target, String eventId,
      Update update) {
    Query query = new Query(new Criteria().andOperator(target, Criteria.where(FIELD).ne(eventId)));
    UpdateResult result = mongo.updateFirst(query, remember(update, eventId), collection);
    return result.getModifiedCount() > 0;
  }

  /**
   * The same, creating the document with this id when there is none. A repeated delivery finds the
   * id recorded, tries to insert a second document with the same {@code _id}, is refused by the
   * unique key and reports false.
   */
  public static boolean upsertOnce(MongoTemplate mongo, String collection, Object id, String eventId, Update update) {
    Query query = new Query(Criteria.where("_id").is(id).and(FIELD).ne(eventId));
    try {
      UpdateResult result = mongo.upsert(query, remember(update, eventId), collection);
      return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  private static Update remember(Update update, String eventId) {
    update.push(FIELD).slice(-REMEMBERED).each(eventId);
    return update;
  }
}
