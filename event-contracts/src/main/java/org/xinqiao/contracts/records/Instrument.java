package org.xinqiao.contracts.records;

/** A screening instrument, with the highest total it can score (none for the C-SSRS screen). */
public enum Instrument {
  PHQ9(27),
  GAD7(21),
  CSSRS_SCREEN(null);

  private final Integer maxTotal;

  Instrument(Integer maxTotal) {
    this.maxTotal = maxTotal;
  }

  /** Whether a score of this instrument always has a total. */
  public boolean hasTotal() {
    return maxTotal != null;
  }

  /** Whether {@code total} is a possible score of this instrument. */
  public boolean accepts(Integer total) {
    if (total == null) {
      return !hasTotal();
    }
    return total >= 0 && (!hasTotal() || total <= maxTotal);
  }
}
