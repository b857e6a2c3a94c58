package org.xinqiao.gateway.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Forged and tampered tokens, made from real ones. */
public final class Tokens {

  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder URL_DECODER = Base64.getUrlDecoder();

  private Tokens() {}

  public static String header(String jwt) {
    return new String(URL_DECODER.decode(jwt.split("\\.")[0]), StandardCharsets.UTF_8);
  }

  public static String payload(String jwt) {
    return new String(URL_DECODER.decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
  }

  public static String encode(String json) {
    return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  /** The same header and signature around a changed payload. */
  public static String withPayload(String jwt, String payloadJson) {
    String[] parts = jwt.split("\\.");
    return parts[0] + "." + encode(payloadJson) + "." + parts[2];
  }

  /** The real payload, unsigned, with {@code alg: none}. */
  public static String unsigned(String jwt) {
    return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + jwt.split("\\.")[1] + ".";
  }
}
