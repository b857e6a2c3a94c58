package org.xinqiao.records.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/** The hash chain: how an entry is sealed onto its predecessor and how a run of entries is verified. */
public final class AuditChain {

  /** The previous hash of the very first entry. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  public static AuditEntry seal(long seq, Instant at, AuditRecord r, String previousHash) {
    AuditEntry unsealed = new AuditEntry(seq, at, r.actor(), r.roles(), r.action(), r.clientId(), r.purpose(),
        r.outcome().name(), r.reason(), r.caseId(), r.correlationId(), previousHash, null);
    return withHash(unsealed, hashOf(unsealed));
  }

  /** SHA-256 over the previous hash and a canonical, length-prefixed rendering of every field. */
  public static String hashOf(AuditEntry e) {
    StringBuilder canonical = new StringBuilder(e.previousHash());
    for (Object field : new Object[] {e.seq(), e.at().toString(), e.actor(), e.roles(), e.action(), e.clientId(),
        e.purpose(), e.outcome(), e.reason(), e.caseId(), e.correlationId()}) {
      String v = field == null ? "\u2400" : field.toString();
      canonical.append('|').append(v.length()).append(':').append(v);
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /**
   * Checks a run of entries in sequence order that should follow {@code anchorSeq}/{@code anchorHash}
   * (the genesis, or the last entry removed by retention) and end at {@code headSeq} or later.
   */
  public static Verification verify(long anchorSeq, String anchorHash, List<AuditEntry> entries, long headSeq) {
    long expectedSeq = anchorSeq + 1;
    String previous = anchorHash;
    for (AuditEntry e : entries) {
      if (e.seq() != expectedSeq) {
        return Verification.broken(entries.size(), expectedSeq, "entry " + expectedSeq + " is missing");
      }
      if (!previous.equals(e.previousHash())) {
        return Verification.broken(entries.size(), e.seq(), "entry " + e.seq() + " does not follow its predecessor");
      }
      if (!hashOf(e).equals(e.hash())) {
        return Verification.broken(entries.size(), e.seq(), "entry " + e.seq() + " was changed");
      }
      previous = e.hash();
      expectedSeq++;
    }
    if (expectedSeq - 1 < headSeq) {
      return Verification.broken(entries.size(), expectedSeq, "entries after " + (expectedSeq - 1) + " are missing");
    }
    return new Verification(true, entries.size(), null, null);
  }

  private static AuditEntry withHash(AuditEntry e, String hash) {
    return new AuditEntry(e.seq(), e.at(), e.actor(), e.roles(), e.action(), e.clientId(), e.purpose(), e.outcome(),
        e.reason(), e.caseId(), e.correlationId(), e.previousHash(), hash);
  }

  /** The result of a verification: valid, how many entries were checked, and where it first broke. */
  public record Verification(boolean valid, int checked, Long firstBrokenSeq, String problem) {
    static Verification broken(int checked, long seq, String problem) {
      return new Verification(false, checked, seq, problem);
    }
  }
}
