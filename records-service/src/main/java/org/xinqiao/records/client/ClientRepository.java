package org.xinqiao.records.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.xinqiao.kit.outbox.Outbox;
import org.xinqiao.kit.outbox.OutboxEvent;
import org.xinqiao.records.crypto.WrappedKey;

/**
 * Client documents: the aggregate's fields, the encrypted identity fields, the wrapped data key,
 * the idempotency slot and the outbox, all in one document so each change and its event are one
 * atomic write.
 */
@Component
public class ClientRepository {

  public static final String COLLECTION = "clients";

  private final MongoTemplate mongo;

  public ClientRepository(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** The stored form. {@code identity} maps field names to ciphertext. */
  public record ClientDocument(
      @Id String id,
      String partnerId,
      String partnerRef,
      String provinceCode,
      List<String> languages,
      String ageGroup,
      String gender,
      Instant registeredAt,
      String status,
      Instant erasedAt,
      Map<String, String> identity,
      String keyId,
      byte[] wrappedKey,
      String idempotencySlot,
      String fingerprint,
      List<OutboxEvent> outbox) {

    public Client toClient() {
      return new Client(id, partnerId, partnerRef, provinceCode, languages,
          ageGroup == null ? null : AgeGroup.valueOf(ageGroup), gender, registeredAt, Client.Status.valueOf(status),
          erasedAt);
    }

    public WrappedKey dataKey() {
      return wrappedKey == null ? null : new WrappedKey(keyId, wrappedKey);
    }
  }

  public void insert(Client c, Map<String, String> identity, WrappedKey key, String slot, String fingerprint,
      List<OutboxEvent> outbox) {
    mongo.insert(new ClientDocument(c.id(), c.partnerId(), c.partnerRef(), c.provinceCode(), c.languages(),
        c.ageGroup() == null ? null : c.ageGroup().name(), c.gender(), c.registeredAt(), c.status().name(),
        c.erasedAt(), identity, key.keyId(), key.wrapped(), slot, fingerprint, outbox), COLLECTION);
  }

  public Optional<ClientDocument> find(String id) {
    return Optional.ofNullable(mongo.findById(id, ClientDocument.class, COLLECTION));
  }

  public Optional<ClientDocument> findBySlot(String slot) {
    return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("idempotencySlot").is(slot)),
        ClientDocument.class, COLLECTION));
  }

  public List<ClientDocument> byPartner(String partnerId, long skip, int limit) {
    return mongo.find(Query.query(Criteria.where("partnerId").is(partnerId))
        .with(Sort.by("registeredAt", "_id")).skip(skip).limit(limit), ClientDocument.class, COLLECTION);
  }

  public long countByPartner(String partnerId) {
    return mongo.count(Query.query(Criteria.where("partnerId").is(partnerId)), COLLECTION);
  }

  /**
   * Crypto-shreds: drops the wrapped data key and the identity ciphertext and records the erasure
   * and its event, in one write that only an active client matches.
   */
  public boolean markErased(Client erased, List<OutboxEvent> outbox) {
    Update update = new Update().set("status", Client.Status.ERASED.name()).set("erasedAt", erased.erasedAt())
        .unset("wrappedKey").unset("keyId").unset("identity").set("partnerRef", "erased|" + erased.id());
    Outbox.push(update, outbox);
    return mongo.updateFirst(Query.query(Criteria.where("_id").is(erased.id()).and("status").is(Client.Status.ACTIVE.name())),
        update, COLLECTION).getModifiedCount() == 1;
  }
}
