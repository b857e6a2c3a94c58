package org.xinqiao.records.crypto;

import java.util.Objects;

/** A client's data key as stored: encrypted under master key {@code keyId}. Deleting it shreds the client's data. */
public record WrappedKey(String keyId, byte[] wrapped) {

  public WrappedKey {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(wrapped, "wrapped");
  }
}
