package org.xinqiao.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CorrelationIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "abc-123", "3f2c1e9a-7d4b-4c1e-9a8f-0123456789ab"})
  void keepsAWellFormedId(String id) {
    assertThat(CorrelationId.isWellFormed(id)).isTrue();
    assertThat(CorrelationId.acceptOrGenerate(id)).isEqualTo(id);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "has space", "line\nbreak", "semi;colon", "under_score", "点"})
  void replacesAMissingOrMalformedId(String id) {
    String accepted = CorrelationId.acceptOrGenerate(id);

    assertThat(CorrelationId.isWellFormed(id)).isFalse();
    assertThat(accepted).isNotEqualTo(id);
    assertThat(CorrelationId.isWellFormed(accepted)).isTrue();
  }

  @Test
  void acceptsUpTo64Characters() {
    assertThat(CorrelationId.isWellFormed("a".repeat(64))).isTrue();
    assertThat(CorrelationId.isWellFormed("a".repeat(65))).isFalse();
  }

  @Test
  void generatedIdsAreUnique() {
    assertThat(CorrelationId.acceptOrGenerate(null)).isNotEqualTo(CorrelationId.acceptOrGenerate(null));
  }
}
