package org.xinqiao.kit.observability;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps clinical and identifying data out of log lines. Values of sensitive keys (in JSON,
 * {@code key=value} and {@code key: value} forms) are masked, and so are things that look like a
 * mainland mobile number, a resident identity card number or an e-mail address wherever they stand.
 */
public final class Redaction {

  public static final String MASK = "[redacted]";

  /** Keys whose values never reach a log line. */
  static final List<String> SENSITIVE_KEYS = List.of(
      "realName", "name", "fullName", "phone", "mobile", "email", "idCard", "idNumber", "address", "location",
      "emergencyContact", "contact", "answers", "answer", "note", "notes", "content", "text", "body",
      "password", "secret", "token", "authorization", "dataKey", "ciphertext");

  private static final Pattern KEY_VALUE = Pattern.compile(
      "(?i)(\"?(?:" + String.join("|", SENSITIVE_KEYS) + ")\"?\\s*[:=]\\s*)"
          + "(\"(?:[^\"\\\\]|\\\\.)*\"|\\[[^\\]]*\\]|\\{[^}]*\\}|[^,;\\s}\\]]+)");
  private static final Pattern BEARER = Pattern.compile("(?i)bearer\\s+[A-Za-z0-9._~+/=-]+");
  private static final Pattern ID_CARD = Pattern.compile("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])");
  private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(?:\\+?86[- ]?)?1[3-9][0-9]{9}(?![0-9])");
  private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

  private Redaction() {}

  public static String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = replaceKeyValues(text);
    out = BEARER.matcher(out).replaceAll("Bearer " + MASK);
    out = ID_CARD.matcher(out).replaceAll(MASK);
    out = MOBILE.matcher(out).replaceAll(MASK);
    out = EMAIL.matcher(out).replaceAll(MASK);
    return out;
  }

  private static String replaceKeyValues(String text) {
    Matcher m = KEY_VALUE.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String value = m.group(2);
      String masked = value.startsWith("\"") ? "\"" + MASK + "\"" : MASK;
      m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + masked));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
