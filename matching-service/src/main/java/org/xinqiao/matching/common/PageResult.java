package org.xinqiao.matching.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, the page number (from 0), its size and the total count. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

  public PageResult {
    items = List.copyOf(items);
  }

  public <R> PageResult<R> map(Function<T, R> f) {
    return new PageResult<>(items.stream().map(f).toList(), page, size, total);
  }
}
