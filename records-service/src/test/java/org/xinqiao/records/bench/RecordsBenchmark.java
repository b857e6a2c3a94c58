package org.xinqiao.records.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.xinqiao.records.assessment.Instrument;
import org.xinqiao.records.assessment.Scorer;
import org.xinqiao.records.assessment.ScoringBands;
import org.xinqiao.records.audit.AuditChain;
import org.xinqiao.records.audit.AuditEntry;
import org.xinqiao.records.audit.AuditRecord;
import org.xinqiao.records.crypto.ConfiguredMasterKey;
import org.xinqiao.records.crypto.FieldCipher;
import org.xinqiao.records.crypto.WrappedKey;

/**
 * Measures the CPU cost of the records rules on this machine: envelope encryption of a field,
 * scoring a PHQ-9, sealing and verifying audit entries. Not a test; run with
 * {@code ./mvnw -o -q -pl records-service test-compile exec:java -Dexec.mainClass=org.xinqiao.records.bench.RecordsBenchmark -Dexec.classpathScope=test}.
 */
public final class RecordsBenchmark {

  private RecordsBenchmark() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    FieldCipher cipher = new FieldCipher(new ConfiguredMasterKey(Base64.getEncoder().encodeToString(new byte[32])));
    Scorer scorer = new Scorer(ScoringBands.defaults());
    List<Integer> answers = List.of(2, 1, 3, 0, 2, 1, 1, 2, 0);
    String note = "来访者谈到考试焦虑和与父亲的冲突，睡眠不足，情绪低落。".repeat(10);

    for (int round = 0; round < 2; round++) {
      boolean report = round == 1;
      WrappedKey key = cipher.newDataKey("bench-client");
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        cipher.newDataKey("c" + i);
      }
      long keys = System.nanoTime() - t0;

      t0 = System.nanoTime();
      String sealed = null;
      for (int i = 0; i < n; i++) {
        sealed = cipher.encrypt(key, "bench-client", "note/x/" + i, note);
      }
      long enc = System.nanoTime() - t0;

      t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        cipher.decrypt(key, "bench-client", "note/x/" + (n - 1), sealed);
      }
      long dec = System.nanoTime() - t0;

      t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        scorer.score(Instrument.PHQ9, answers, null, "zh-CN");
      }
      long score = System.nanoTime() - t0;

      List<AuditEntry> chain = new ArrayList<>(n);
      String previous = AuditChain.GENESIS;
      Instant at = Instant.parse("2026-03-10T00:00:00Z");
      t0 = System.nanoTime();
      for (int i = 1; i <= n; i++) {
        AuditEntry e = AuditChain.seal(i, at.plusMillis(i), new AuditRecord("user-" + i, "counselor", "READ_NOTES",
            "client-" + (i % 100), "CARE", AuditRecord.Outcome.ALLOWED, "permitted", null, "corr-" + i), previous);
        chain.add(e);
        previous = e.hash();
      }
      long seal = System.nanoTime() - t0;
      t0 = System.nanoTime();
      boolean valid = AuditChain.verify(0, AuditChain.GENESIS, chain, n).valid();
      long verify = System.nanoTime() - t0;

      if (report) {
        System.out.printf(Locale.ROOT, "operations per kind: %d (note field %d bytes)%n", n, note.getBytes().length);
        line("new wrapped data key", keys, n);
        line("encrypt note field (AES-256-GCM)", enc, n);
        line("decrypt note field (unwrap + open)", dec, n);
        line("score PHQ-9", score, n);
        line("seal audit entry (SHA-256 chain)", seal, n);
        line("verify audit chain, per entry", verify, n);
        System.out.println("chain valid: " + valid);
      }
    }
  }

  private static void line(String what, long nanos, int n) {
    System.out.printf(Locale.ROOT, "%-40s %9.2f us/op %12.0f ops/s%n", what, nanos / 1000.0 / n, n / (nanos / 1e9));
  }
}
