package org.xinqiao.records.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A master key from configuration (base64, 32 bytes). Data keys are wrapped with AES-256-GCM under
 * it; the key id is a fingerprint of the key, so a rotated key is recognised and an unknown one
 * refused.
 */
public final class ConfiguredMasterKey implements KeyProvider {

  private final byte[] key;
  private final String keyId;

  public ConfiguredMasterKey(String base64Key) {
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(base64Key == null ? "" : base64Key.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("master key is not base64");
    }
    if (decoded.length != Aes.KEY_BYTES) {
      throw new IllegalArgumentException("master key must be 32 bytes, was " + decoded.length);
    }
    this.key = decoded;
    this.keyId = "mk-" + fingerprint(decoded);
  }

  @Override
  public String currentKeyId() {
    return keyId;
  }

  @Override
  public byte[] wrap(byte[] dataKey, byte[] context) {
    return Aes.seal(key, dataKey, context);
  }

  @Override
  public byte[] unwrap(String wrappedWith, byte[] wrapped, byte[] context) {
    if (!keyId.equals(wrappedWith)) {
      throw new CryptoFailure("data key was wrapped with an unknown master key");
    }
    return Aes.open(key, wrapped, context);
  }

  private static String fingerprint(byte[] key) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update("xinqiao-master-key".getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(key), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
