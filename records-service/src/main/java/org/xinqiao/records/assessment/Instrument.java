package org.xinqiao.records.assessment;

/** The screening instruments the service scores; PHQ-9 and GAD-7 items score 0..3. */
public enum Instrument {
  PHQ9(9, 27),
  GAD7(7, 21),
  CSSRS_SCREEN(0, 0);

  private final int items;
  private final int maxTotal;

  Instrument(int items, int maxTotal) {
    this.items = items;
    this.maxTotal = maxTotal;
  }

  public int items() {
    return items;
  }

  public int maxTotal() {
    return maxTotal;
  }

  public boolean hasTotal() {
    return items > 0;
  }
}
