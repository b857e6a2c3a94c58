package org.xinqiao.records.consent;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A client's consent to one document. Granted only when the comprehension check is passed; it
 * lapses on withdrawal or when the document gets a new material version.
 */
public final class Consent {

  private final String id;
  private final String clientId;
  private final ConsentKind kind;
  private final Modality modality;
  private final String documentId;
  private final String documentVersion;
  private final String materialVersion;
  private final Instant grantedAt;
  private Instant withdrawnAt;

  public Consent(String id, String clientId, ConsentKind kind, Modality modality, String documentId,
      String documentVersion, String materialVersion, Instant grantedAt, Instant withdrawnAt) {
    this.id = Objects.requireNonNull(id);
    this.clientId = Objects.requireNonNull(clientId);
    this.kind = Objects.requireNonNull(kind);
    this.modality = modality;
    this.documentId = documentId;
    this.documentVersion = documentVersion;
    this.materialVersion = materialVersion;
    this.grantedAt = grantedAt;
    this.withdrawnAt = withdrawnAt;
  }

  /** Grants after checking that {@code version} is current and every question was answered right. */
  public static Consent grant(String id, String clientId, ConsentDocument document, String version,
      Map<String, String> answers, Instant now) {
    if (!document.version().equals(version)) {
      throw ConsentRefused.outdated(version, document.version());
    }
    List<String> wrong = document.wronglyAnswered(answers);
    if (!wrong.isEmpty()) {
      throw new ComprehensionFailed(wrong);
    }
    return new Consent(id, clientId, document.kind(), document.modality(), document.id(), document.version(),
        document.materialVersion(), now, null);
  }

  public Consent withdraw(Instant now) {
    if (withdrawnAt != null) {
      throw ConsentRefused.alreadyWithdrawn();
    }
    withdrawnAt = now;
    return this;
  }

  /** Valid now: not withdrawn and granted for the current material version of its document. */
  public boolean isValidAgainst(ConsentDocument current) {
    return withdrawnAt == null && current != null && current.materialVersion().equals(materialVersion);
  }

  /** The key under which only one live consent may exist (claimed by a unique index). */
  public String activeKey() {
    return withdrawnAt == null
        ? clientId + "|" + kind + "|" + (modality == null ? "-" : modality) + "|" + materialVersion
        : "withdrawn|" + id;
  }

  public String id() {
    return id;
  }

  public String clientId() {
    return clientId;
  }

  public ConsentKind kind() {
    return kind;
  }

  public Modality modality() {
    return modality;
  }

  public String documentId() {
    return documentId;
  }

  public String documentVersion() {
    return documentVersion;
  }

  public String materialVersion() {
    return materialVersion;
  }

  public Instant grantedAt() {
    return grantedAt;
  }

  public Instant withdrawnAt() {
    return withdrawnAt;
  }
}
