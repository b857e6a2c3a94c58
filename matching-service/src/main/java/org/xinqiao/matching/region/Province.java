package org.xinqiao.matching.region;

import java.util.Objects;
import java.util.Set;

/**
 * A province-level division: GB/T 2260 code, names, macro-area, 2020 census population and the
 * divisions it shares a land border with.
 */
public record Province(
    String code, String nameZh, String nameEn, MacroArea macroArea, long population, Set<String> neighbours) {

  public Province {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(nameZh, "nameZh");
    Objects.requireNonNull(nameEn, "nameEn");
    Objects.requireNonNull(macroArea, "macroArea");
    if (population <= 0) {
      throw new IllegalArgumentException("population must be positive");
    }
    neighbours = Set.copyOf(neighbours);
  }

  /** "540000 (Tibet)": how a province is named in explanations. */
  public String label() {
    return code + " (" + nameEn + ")";
  }
}
