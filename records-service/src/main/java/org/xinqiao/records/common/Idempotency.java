package org.xinqiao.records.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.xinqiao.kit.problem.DomainException;
import org.xinqiao.kit.problem.ProblemKind;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} on creating POSTs: the key (scoped by the caller) and a fingerprint of the
 * request are stored in the created document under a unique index; a repeat with the same body
 * answers as the first time, a repeat with another body is refused.
 */
public final class Idempotency {

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Idempotency() {}

  /** The value of the unique slot: scope and key, or a value unique to this document when no key was sent. */
  public static String slot(String scope, String key, String newId) {
    if (key == null) {
      return "none|" + newId;
    }
    if (!KEY.matcher(key).matches()) {
      throw new Refused(ProblemKind.INVALID, "idempotency-key-invalid",
          "Idempotency-Key is 1-100 characters of letters, digits, '.', '_', ':' or '-'.");
    }
    return scope + "|" + key;
  }

  public static String fingerprint(Object request) {
    try {
      byte[] body = JSON.writeValueAsBytes(request);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Refused reused() {
    return new Refused(ProblemKind.UNPROCESSABLE, "idempotency-key-reused",
        "This Idempotency-Key was already used with a different request.");
  }

  /** A refusal about the key itself. */
  public static final class Refused extends DomainException {
    Refused(ProblemKind kind, String code, String message) {
      super(kind, code, message);
    }
  }

  /** SHA-256 of a text, as hex. */
  public static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
