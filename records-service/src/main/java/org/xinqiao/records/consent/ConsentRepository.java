package org.xinqiao.records.consent;

import java.time.Instant;
import java.util.List;
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
import org.xinqiao.records.access.Guard;

/**
 * Consent documents in MongoDB. The unique {@code activeKey} lets only one live consent exist per
 * client, kind, modality and material version, even when two grants race.
 */
@Component
public class ConsentRepository implements Guard.SupervisionConsents {

  public static final String COLLECTION = "consents";

  private final MongoTemplate mongo;
  private final ConsentCatalogue catalogue;

  public ConsentRepository(MongoTemplate mongo, ConsentCatalogue catalogue) {
    this.mongo = mongo;
    this.catalogue = catalogue;
  }

  /** The stored form. */
  public record ConsentDocumentRecord(@Id String id, String clientId, String kind, String modality, String documentId,
      String documentVersion, String materialVersion, Instant grantedAt, Instant withdrawnAt, String activeKey,
      String idempotencySlot, String fingerprint, List<OutboxEvent> outbox) {

    Consent toConsent() {
      return new Consent(id, clientId, ConsentKind.valueOf(kind), modality == null ? null : Modality.valueOf(modality),
          documentId, documentVersion, materialVersion, grantedAt, withdrawnAt);
    }
  }

  void insert(Consent c, String slot, String fingerprint, List<OutboxEvent> outbox) {
    mongo.insert(new ConsentDocumentRecord(c.id(), c.clientId(), c.kind().name(),
        c.modality() == null ? null : c.modality().name(), c.documentId(), c.documentVersion(), c.materialVersion(),
        c.grantedAt(), c.withdrawnAt(), c.activeKey(), slot, fingerprint, outbox), COLLECTION);
  }

  Optional<ConsentDocumentRecord> find(String id) {
    return Optional.ofNullable(mongo.findById(id, ConsentDocumentRecord.class, COLLECTION));
  }

  Optional<ConsentDocumentRecord> findBySlot(String slot) {
    return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("idempotencySlot").is(slot)),
        ConsentDocumentRecord.class, COLLECTION));
  }

  public List<Consent> ofClient(String clientId) {
    return mongo.find(Query.query(Criteria.where("clientId").is(clientId)).with(Sort.by("grantedAt", "_id")),
        ConsentDocumentRecord.class, COLLECTION).stream().map(ConsentDocumentRecord::toConsent).toList();
  }

  boolean markWithdrawn(Consent withdrawn, List<OutboxEvent> outbox) {
    Update update = new Update().set("withdrawnAt", withdrawn.withdrawnAt()).set("activeKey", withdrawn.activeKey());
    Outbox.push(update, outbox);
    return mongo.updateFirst(Query.query(Criteria.where("_id").is(withdrawn.id()).and("withdrawnAt").is(null)),
        update, COLLECTION).getModifiedCount() == 1;
  }

  /** Whether the client holds a valid consent of this kind (and modality) against the current document. */
  public boolean holds(String clientId, ConsentKind kind, Modality modality) {
    ConsentDocument current = catalogue.current(kind, modality).orElse(null);
    return current != null && ofClient(clientId).stream()
        .anyMatch(c -> c.kind() == kind && c.modality() == modality && c.isValidAgainst(current));
  }

  @Override
  public boolean granted(String clientId) {
    return holds(clientId, ConsentKind.SUPERVISION, null);
  }
}
