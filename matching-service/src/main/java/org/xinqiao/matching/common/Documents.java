package org.xinqiao.matching.common;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;

/** Small conversions between stored documents and domain values. */
public final class Documents {

  private Documents() {}

  public static Date date(Instant i) {
    return i == null ? null : Date.from(i);
  }

  public static Instant instant(Document d, String field) {
    Object v = d.get(field);
    if (v == null) {
      return null;
    }
    return v instanceof Date date ? date.toInstant() : (Instant) v;
  }

  public static List<String> names(Collection<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).sorted().toList();
  }

  public static List<String> sorted(Collection<String> values) {
    return new ArrayList<>(new TreeSet<>(values));
  }

  public static List<String> strings(Document d, String field) {
    List<String> v = d.getList(field, String.class);
    return v == null ? List.of() : v;
  }

  public static <E extends Enum<E>> Set<E> enums(Document d, String field, Class<E> type) {
    EnumSet<E> set = EnumSet.noneOf(type);
    for (String name : strings(d, field)) {
      set.add(Enum.valueOf(type, name));
    }
    return set;
  }
}
