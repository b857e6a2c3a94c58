package org.xinqiao.gateway.security;

import java.util.function.Predicate;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/**
 * The firewall's rules for header names and values, as Spring Security's
 * {@link StrictServerWebExchangeFirewall} states them (every code point assigned in Unicode and not
 * a control character; a value may also hold tabs), checked code point by code point. The
 * firewall's own regular expressions run on every header read and cost a noticeable share of the
 * gateway's CPU on a kilobyte-long {@code Authorization} header; these answer the same, which a
 * test checks for every character.
 */
final class HeaderText {

  static final Predicate<String> NAME = text -> text == null || allAllowed(text, false);
  static final Predicate<String> VALUE = text -> text == null || allAllowed(text, true);

  private HeaderText() {}

  static StrictServerWebExchangeFirewall firewall() {
    StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
    firewall.setAllowedHeaderNames(NAME);
    firewall.setAllowedHeaderValues(VALUE);
    return firewall;
  }

  private static boolean allAllowed(String text, boolean tabAllowed) {
    int i = 0;
    int length = text.length();
    while (i < length) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if ((c < 0x20 || c == 0x7f) && !(tabAllowed && c == '\t')) {
          return false;
        }
        i++;
        continue;
      }
      int codePoint = text.codePointAt(i);
      if (!Character.isDefined(codePoint) || Character.isISOControl(codePoint)) {
        return false;
      }
      i += Character.charCount(codePoint);
    }
    return true;
  }
}
