package org.xinqiao.contracts;

/** CloudEvents {@code source} of each owning service; every event of a topic has the same one. */
public final class Sources {

  public static final String RECORDS = "/records-service";
  public static final String MATCHING = "/matching-service";
  public static final String BOOKING = "/booking-service";
  public static final String CRISIS = "/crisis-service";

  private Sources() {
  }
}
