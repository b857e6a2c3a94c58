package org.xinqiao.records.crypto;

/**
 * Wraps and unwraps per-client data keys with a master key the service never stores beside the
 * data. A KMS client can replace the configured implementation without touching callers.
 */
public interface KeyProvider {

  /** Id of the master key new data keys are wrapped with (kept beside the wrapped key for rotation). */
  String currentKeyId();

  /** The data key encrypted under the current master key; {@code context} is bound as AAD. */
  byte[] wrap(byte[] dataKey, byte[] context);

  /** The data key back; fails if the wrapped bytes or the context were changed. */
  byte[] unwrap(String keyId, byte[] wrapped, byte[] context);
}
