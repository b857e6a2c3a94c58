package org.xinqiao.matching.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.xinqiao.kit.problem.DomainException;
import org.xinqiao.kit.problem.ProblemKind;

/**
 * {@code Idempotency-Key} on creating POSTs: the key is stored in the created document under a
 * unique index on (scope, key); a request without a key gets a fresh one, so it never collides.
 */
public record Idempotency(String scope, String key, String fingerprint) {

  public static final String HEADER = "Idempotency-Key";
  public static final String SCOPE_FIELD = "idempotencyScope";
  public static final String KEY_FIELD = "idempotencyKey";
  public static final String FINGERPRINT_FIELD = "requestFingerprint";

  /** For a caller (scope), an optional header value and the canonical request text. */
  public static Idempotency of(String scope, String headerValue, String canonicalRequest) {
    if (headerValue != null && (headerValue.isBlank() || headerValue.length() > 200)) {
      throw new InvalidIdempotencyKey();
    }
    String key = headerValue == null ? "auto:" + UUID.randomUUID() : headerValue;
    return new Idempotency(scope, key, sha256(canonicalRequest));
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Throws when a stored request under the same key differs from this one. */
  public void requireSameRequest(String storedFingerprint) {
    if (!fingerprint.equals(storedFingerprint)) {
      throw new KeyReused();
    }
  }

  public static final class KeyReused extends DomainException {
    public KeyReused() {
      super(ProblemKind.UNPROCESSABLE, "idempotency-key-reused",
          "This Idempotency-Key was used for a different request.");
    }
  }

  public static final class InvalidIdempotencyKey extends DomainException {
    public InvalidIdempotencyKey() {
      super(ProblemKind.INVALID, "invalid-idempotency-key", "An Idempotency-Key has 1 to 200 characters.");
    }
  }
}
