package org.xinqiao.booking.shared;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/** Small conversions for hand-mapped MongoDB documents (instants are stored as BSON dates). */
public final class Docs {

  private Docs() {}

  public static Date date(Instant i) {
    return i == null ? null : Date.from(i);
  }

  public static Instant instant(Document d, String key) {
    Object v = d.get(key);
    if (v == null) {
      return null;
    }
    if (v instanceof Date date) {
      return date.toInstant();
    }
    return Instant.parse(v.toString());
  }

  @SuppressWarnings("unchecked")
  public static List<Document> list(Document d, String key) {
    Object v = d.get(key);
    return v == null ? List.of() : (List<Document>) v;
  }

  public static long number(Document d, String key) {
    Object v = d.get(key);
    return v == null ? 0 : ((Number) v).longValue();
  }
}
