package org.xinqiao.records.common;

import java.util.List;
import org.xinqiao.kit.problem.DomainException;
import org.xinqiao.kit.problem.ProblemKind;

/** Page and size of a list request: page from 0, size 1..{@value #MAX_SIZE} (default {@value #DEFAULT_SIZE}). */
public record Paging(int page, int size) {

  public static final int MAX_SIZE = 100;
  public static final int DEFAULT_SIZE = 20;

  public static Paging of(Integer page, Integer size) {
    int p = page == null ? 0 : page;
    int s = size == null ? DEFAULT_SIZE : size;
    if (p < 0 || p > 100_000 || s < 1 || s > MAX_SIZE) {
      throw new BadPaging();
    }
    return new Paging(p, s);
  }

  public long skip() {
    return (long) page * size;
  }

  public <T> PageView<T> view(List<T> items, long total) {
    return new PageView<>(items, page, size, total);
  }

  static final class BadPaging extends DomainException {
    BadPaging() {
      super(ProblemKind.INVALID, "invalid-paging", "page starts at 0; size is between 1 and " + MAX_SIZE + ".");
    }
  }
}
