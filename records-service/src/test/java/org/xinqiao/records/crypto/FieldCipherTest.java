package org.xinqiao.records.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

  static final String MASTER = Base64.getEncoder().encodeToString(new byte[32]);
  private final FieldCipher cipher = new FieldCipher(new ConfiguredMasterKey(MASTER));

  @Test
  void sealsAndOpensAFieldUnderTheClientsOwnKey() {
    WrappedKey key = cipher.newDataKey("c1");
    String sealed = cipher.encrypt(key, "c1", "realName", "卓玛");
    assertThat(sealed).doesNotContain("卓玛");
    assertThat(cipher.decrypt(key, "c1", "realName", sealed)).isEqualTo("卓玛");
  }

  @Test
  void everyEncryptionUsesAFreshIv() {
    WrappedKey key = cipher.newDataKey("c1");
    assertThat(cipher.encrypt(key, "c1", "phone", "13800000000")).isNotEqualTo(cipher.encrypt(key, "c1", "phone", "13800000000"));
  }

  @Test
  void aCiphertextMovedToAnotherFieldOrClientDoesNotOpen() {
    WrappedKey key = cipher.newDataKey("c1");
    String sealed = cipher.encrypt(key, "c1", "realName", "x");
    assertThatThrownBy(() -> cipher.decrypt(key, "c1", "location", sealed)).isInstanceOf(CryptoFailure.class);
    assertThatThrownBy(() -> cipher.decrypt(key, "c2", "realName", sealed)).isInstanceOf(CryptoFailure.class);
  }

  @Test
  void aTamperedCiphertextDoesNotOpen() {
    WrappedKey key = cipher.newDataKey("c1");
    byte[] raw = Base64.getDecoder().decode(cipher.encrypt(key, "c1", "f", "secret"));
    raw[raw.length - 1] ^= 1;
    assertThatThrownBy(() -> cipher.decrypt(key, "c1", "f", Base64.getEncoder().encodeToString(raw)))
        .isInstanceOf(CryptoFailure.class);
  }

  @Test
  void withoutTheDataKeyNothingOpens() {
    WrappedKey key = cipher.newDataKey("c1");
    String sealed = cipher.encrypt(key, "c1", "f", "secret");
    assertThatThrownBy(() -> cipher.decrypt(null, "c1", "f", sealed)).isInstanceOf(FieldCipher.KeyShredded.class);
  }

  @Test
  void aDataKeyWrappedUnderAnotherMasterKeyIsRefused() {
    WrappedKey key = cipher.newDataKey("c1");
    String sealed = cipher.encrypt(key, "c1", "f", "secret");
    byte[] other = new byte[32];
    other[0] = 1;
    FieldCipher elsewhere = new FieldCipher(new ConfiguredMasterKey(Base64.getEncoder().encodeToString(other)));
    assertThatThrownBy(() -> elsewhere.decrypt(key, "c1", "f", sealed)).isInstanceOf(CryptoFailure.class);
  }

  @Test
  void masterKeyMustBe32BytesOfBase64() {
    assertThatThrownBy(() -> new ConfiguredMasterKey("c2hvcnQ=")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ConfiguredMasterKey("not base64!")).isInstanceOf(IllegalArgumentException.class);
  }
}
