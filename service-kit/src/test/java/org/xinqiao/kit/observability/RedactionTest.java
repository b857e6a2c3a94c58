package org.xinqiao.kit.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

  @Test
  void masksValuesOfSensitiveKeysInJsonAndKeyValueForms() {
    String line = Redaction.redact("client {\"phone\":\"021-5555\",\"provinceCode\":\"540000\",\"note\":\"feels hopeless\"} realName=Zhang");
    assertThat(line).doesNotContain("021-5555").doesNotContain("hopeless").doesNotContain("Zhang").contains("540000");
  }

  @Test
  void masksMobileNumbersIdCardsEmailsAndBearerTokensAnywhere() {
    String line = Redaction.redact("call 13812345678 or +86 13912345678, id 11010519491231002X, mail a.b@example.cn, Bearer eyJhbGciOi.abc.def");
    assertThat(line).doesNotContain("13812345678").doesNotContain("13912345678").doesNotContain("11010519491231002X")
        .doesNotContain("a.b@example.cn").doesNotContain("eyJhbGciOi");
  }

  @Test
  void leavesOrdinaryIdsAndCodesAlone() {
    String line = "booking 7f1c2a9e-1b2c-4d5e-9f00-123456789abc confirmed for counselor c-42 in 650000 at 2026-11-26T08:00:00Z";
    assertThat(Redaction.redact(line)).isEqualTo(line);
  }

  @Test
  void correlationIdsFromCallersMustBeWellFormed() {
    assertThat(CorrelationId.acceptOrCreate("abc-123")).isEqualTo("abc-123");
    assertThat(CorrelationId.acceptOrCreate("x\ny")).isNotEqualTo("x\ny");
    assertThat(CorrelationId.acceptOrCreate("a".repeat(65))).hasSize(36);
  }
}
