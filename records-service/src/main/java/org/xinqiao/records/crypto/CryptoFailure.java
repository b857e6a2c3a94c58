package org.xinqiao.records.crypto;

/** Encryption or decryption failed (tampered ciphertext, wrong key, unknown master key). */
public class CryptoFailure extends RuntimeException {

  public CryptoFailure(String message, Throwable cause) {
    super(message, cause);
  }

  public CryptoFailure(String message) {
    super(message);
  }
}
