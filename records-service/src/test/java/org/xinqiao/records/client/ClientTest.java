package org.xinqiao.records.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinqiao.records.support.ClientMother;

class ClientTest {

  static final Instant NOW = Instant.parse("2026-03-11T08:00:00Z");

  @Test
  void registrationNeedsAProvinceCodeAndALanguage() {
    assertThatThrownBy(() -> Client.register("c", "p", "r", "54", List.of("zh"), AgeGroup.ADULT, null, NOW))
        .isInstanceOfSatisfying(ClientRefused.class, e -> assertThat(e.code()).isEqualTo("province-code-invalid"));
    assertThatThrownBy(() -> Client.register("c", "p", "r", "540000", List.of(), AgeGroup.ADULT, null, NOW))
        .isInstanceOfSatisfying(ClientRefused.class, e -> assertThat(e.code()).isEqualTo("languages-missing"));
  }

  @Test
  void erasureIsRefusedUnderALegalHold() {
    Client c = ClientMother.tibetanTeenager("c1", "p1");
    assertThatThrownBy(() -> c.erase(true, NOW))
        .isInstanceOfSatisfying(ClientRefused.class, e -> assertThat(e.code()).isEqualTo("legal-hold"));
    assertThat(c.isErased()).isFalse();
  }

  @Test
  void erasureIsFinal() {
    Client c = ClientMother.tibetanTeenager("c1", "p1").erase(false, NOW);
    assertThat(c.isErased()).isTrue();
    assertThat(c.erasedAt()).isEqualTo(NOW);
    assertThatThrownBy(() -> c.erase(false, NOW))
        .isInstanceOfSatisfying(ClientRefused.class, e -> assertThat(e.code()).isEqualTo("client-erased"));
  }

  @Test
  void identityNeverPrintsItself() {
    assertThat(ClientMother.tibetanTeenagerIdentity().toString()).doesNotContain("卓玛").doesNotContain("1391");
  }
}
