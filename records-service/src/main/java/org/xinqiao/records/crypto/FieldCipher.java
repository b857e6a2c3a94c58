package org.xinqiao.records.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Envelope encryption of a client's fields: each client has its own AES-256 data key, wrapped by
 * the master key; each field is sealed with AES-256-GCM, a random 96-bit IV and the client id and
 * field name as additional authenticated data, so a ciphertext moved to another client or field
 * fails to open. Without the wrapped key (crypto-shredded) nothing opens.
 */
public final class FieldCipher {

  private final KeyProvider keys;

  public FieldCipher(KeyProvider keys) {
    this.keys = keys;
  }

  /** A fresh data key for a new client, already wrapped. */
  public WrappedKey newDataKey(String clientId) {
    byte[] dataKey = Aes.newKey();
    return new WrappedKey(keys.currentKeyId(), keys.wrap(dataKey, keyContext(clientId)));
  }

  public String encrypt(WrappedKey key, String clientId, String field, String plaintext) {
    if (plaintext == null) {
      return null;
    }
    byte[] sealed = Aes.seal(unwrap(key, clientId), plaintext.getBytes(StandardCharsets.UTF_8), aad(clientId, field));
    return Base64.getEncoder().encodeToString(sealed);
  }

  public String decrypt(WrappedKey key, String clientId, String field, String ciphertext) {
    if (ciphertext == null) {
      return null;
    }
    if (key == null) {
      throw new KeyShredded();
    }
    byte[] opened = Aes.open(unwrap(key, clientId), Base64.getDecoder().decode(ciphertext), aad(clientId, field));
    return new String(opened, StandardCharsets.UTF_8);
  }

  private byte[] unwrap(WrappedKey key, String clientId) {
    if (key == null) {
      throw new KeyShredded();
    }
    return keys.unwrap(key.keyId(), key.wrapped(), keyContext(clientId));
  }

  private static byte[] keyContext(String clientId) {
    return ("data-key|" + clientId).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] aad(String clientId, String field) {
    return (clientId + "|" + field).getBytes(StandardCharsets.UTF_8);
  }

  /** The client's data key is gone: its encrypted data can no longer be read by anyone. */
  public static final class KeyShredded extends CryptoFailure {
    public KeyShredded() {
      super("the data key of this client was destroyed");
    }
  }
}
