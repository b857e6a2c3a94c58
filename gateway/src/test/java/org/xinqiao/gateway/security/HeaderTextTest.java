package org.xinqiao.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Same answers as the regular expressions of Spring Security's StrictServerWebExchangeFirewall. */
class HeaderTextTest {

  private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
  private static final Pattern VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

  @Test
  void everyCharacterOnItsOwnAndInsideText() {
    List<String> differences = new ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp += cp < 0x10000 ? 1 : 97) {
      String alone = new String(Character.toChars(cp));
      for (String text : List.of(alone, "Bearer " + alone + "abc")) {
        if (HeaderText.NAME.test(text) != NAME.matcher(text).matches()) {
          differences.add("name U+" + Integer.toHexString(cp));
        }
        if (HeaderText.VALUE.test(text) != VALUE.matcher(text).matches()) {
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
    assertThat(HeaderText.VALUE.test("\uD83D")).isEqualTo(VALUE.matcher("\uD83D").matches());
  }
}
