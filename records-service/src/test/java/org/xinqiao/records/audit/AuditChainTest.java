package org.xinqiao.records.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinqiao.records.audit.AuditRecord.Outcome;

class AuditChainTest {

  static final Instant T0 = Instant.parse("2026-03-10T01:40:00Z");

  static List<AuditEntry> chain(int n) {
    List<AuditEntry> entries = new ArrayList<>();
    String previous = AuditChain.GENESIS;
    for (int i = 1; i <= n; i++) {
      AuditEntry e = AuditChain.seal(i, T0.plusSeconds(i), new AuditRecord("user-" + i, "partner", "VIEW_PROFILE",
          "client-" + i, "PARTNER_SERVICE", Outcome.ALLOWED, "permitted", null, "corr-" + i), previous);
      entries.add(e);
      previous = e.hash();
    }
    return entries;
  }

  @Test
  void anUntouchedChainVerifies() {
    AuditChain.Verification v = AuditChain.verify(0, AuditChain.GENESIS, chain(5), 5);
    assertThat(v.valid()).isTrue();
    assertThat(v.checked()).isEqualTo(5);
  }

  @Test
  void anEditedEntryIsDetected() {
    List<AuditEntry> entries = chain(5);
    AuditEntry e = entries.get(2);
    entries.set(2, new AuditEntry(e.seq(), e.at(), e.actor(), e.roles(), e.action(), e.clientId(), e.purpose(), "DENIED",
        e.reason(), e.caseId(), e.correlationId(), e.previousHash(), e.hash()));
    AuditChain.Verification v = AuditChain.verify(0, AuditChain.GENESIS, entries, 5);
    assertThat(v.valid()).isFalse();
    assertThat(v.firstBrokenSeq()).isEqualTo(3);
  }

  @Test
  void anEditedEntryWithARecomputedHashBreaksTheNextLink() {
    List<AuditEntry> entries = chain(5);
    AuditEntry e = entries.get(1);
    AuditEntry forged = new AuditEntry(e.seq(), e.at(), "someone-else", e.roles(), e.action(), e.clientId(), e.purpose(),
        e.outcome(), e.reason(), e.caseId(), e.correlationId(), e.previousHash(), null);
    entries.set(1, new AuditEntry(forged.seq(), forged.at(), forged.actor(), forged.roles(), forged.action(),
        forged.clientId(), forged.purpose(), forged.outcome(), forged.reason(), forged.caseId(), forged.correlationId(),
        forged.previousHash(), AuditChain.hashOf(forged)));
    AuditChain.Verification v = AuditChain.verify(0, AuditChain.GENESIS, entries, 5);
    assertThat(v.valid()).isFalse();
    assertThat(v.firstBrokenSeq()).isEqualTo(3);
  }

  @Test
  void aDeletedEntryIsDetected() {
    List<AuditEntry> entries = chain(5);
    entries.remove(3);
    AuditChain.Verification v = AuditChain.verify(0, AuditChain.GENESIS, entries, 5);
    assertThat(v.valid()).isFalse();
    assertThat(v.firstBrokenSeq()).isEqualTo(4);
  }

  @Test
  void aDeletedTailIsDetectedAgainstTheHead() {
    List<AuditEntry> entries = chain(5);
    entries.remove(4);
    assertThat(AuditChain.verify(0, AuditChain.GENESIS, entries, 5).valid()).isFalse();
  }

  @Test
  void verificationStartsFromTheRetentionAnchor() {
    List<AuditEntry> entries = chain(5);
    AuditEntry anchor = entries.get(1);
    List<AuditEntry> retained = entries.subList(2, 5);
    assertThat(AuditChain.verify(anchor.seq(), anchor.hash(), retained, 5).valid()).isTrue();
    assertThat(AuditChain.verify(anchor.seq(), AuditChain.GENESIS, retained, 5).valid()).isFalse();
  }
}
