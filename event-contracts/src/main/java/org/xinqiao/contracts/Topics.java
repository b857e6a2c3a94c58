package org.xinqiao.contracts;

/** Kafka topic names: one topic per owning service, plus the crisis notification stream. */
public final class Topics {

  public static final String RECORDS = "records.events";
  public static final String MATCHING = "matching.events";
  public static final String BOOKING = "booking.events";
  public static final String CRISIS = "crisis.events";
  public static final String CRISIS_NOTIFICATIONS = "crisis.notifications";

  private static final String DEAD_LETTER_SUFFIX = ".dlt";

  private Topics() {
  }

  /** The dead letter topic of {@code topic}, e.g. {@code booking.events.dlt}. */
  public static String deadLetter(String topic) {
    return topic + DEAD_LETTER_SUFFIX;
  }
}
