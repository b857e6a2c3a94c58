package org.xinqiao.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/** Same answers as Spring Security's StrictServerWebExchangeFirewall's own header rules. */
class HeaderTextTest {

  private static final Predicate<String> NAME = StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES;
  private static final Predicate<String> VALUE = StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES;

  @Test
  void everyCharacterOnItsOwnAndInsideText() {
    List<String> differences = new ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp += cp < 0x10000 ? 1 : 97) {
      String alone = new String(Character.toChars(cp));
      for (String text : List.of(alone, "Bearer " + alone + "abc")) {
        if (HeaderText.NAME.test(text) != NAME.test(text)) {
          differences.add("name U+" + Integer.toHexString(cp));
        }
        if (HeaderText.VALUE.test(text) != VALUE.test(text)) {
          differences.add("value U+" + Integer.toHexString(cp));
        }
      }
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void typicalHeadersPassAndInjectedControlsDoNot() {
    assertThat(HeaderText.VALUE.test("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln")).isTrue();
    assertThat(HeaderText.VALUE.test("a\tb")).isTrue();
    assertThat(HeaderText.NAME.test("a\tb")).isFalse();
    assertThat(HeaderText.VALUE.test("a\u0000b")).isFalse();
    assertThat(HeaderText.VALUE.test("a\u0085b")).isFalse();
    assertThat(HeaderText.VALUE.test(null)).isTrue();
    assertThat(HeaderText.VALUE.test("心桥")).isTrue();
    assertThat(HeaderText.VALUE.test("\uD83D\uDE00")).isTrue();
    assertThat(HeaderText.VALUE.test("\uD83D")).isEqualTo(VALUE.test("\uD83D"));
  }
}
