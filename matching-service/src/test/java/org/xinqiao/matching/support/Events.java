package org.xinqiao.matching.support;

import java.time.Instant;
import java.util.List;
import org.xinqiao.contracts.EventCodec;
import org.xinqiao.contracts.EventEnvelope;
import org.xinqiao.contracts.EventTypes;
import org.xinqiao.contracts.Modality;
import org.xinqiao.contracts.Topics;
import org.xinqiao.contracts.booking.AvailabilityChanged;
import org.xinqiao.contracts.booking.BookingConfirmed;
import org.xinqiao.contracts.records.AgeGroup;
import org.xinqiao.contracts.records.AssessmentScored;
import org.xinqiao.contracts.records.ClientErased;
import org.xinqiao.contracts.records.ClientRegistered;
import org.xinqiao.contracts.records.Instrument;
import org.xinqiao.contracts.records.RiskLevel;
import org.xinqiao.testkit.kafka.TopicProbe;

/** Events other services publish, written to the real broker as they would write them. */
public final class Events {

  private static final EventCodec CODEC = new EventCodec();

  private Events() {}

  public static byte[] bytes(EventEnvelope<?> e) {
    return CODEC.write(e);
  }

  public static void send(String topic, EventEnvelope<?> e) {
    TopicProbe.send(topic, e.subject(), bytes(e));
  }

  public static EventEnvelope<ClientRegistered> clientRegistered(String clientId, String partnerId, Instant at) {
    return EventEnvelope.of(EventTypes.find(EventTypes.CLIENT_REGISTERED).orElseThrow(), clientId, at,
        new ClientRegistered(clientId, partnerId, "510000", AgeGroup.YOUNG_ADULT, at));
  }

  public static EventEnvelope<AssessmentScored> scored(String clientId, RiskLevel risk, Instant at) {
    int total = switch (risk) {
      case NONE -> 3;
      case LOW -> 7;
      case MODERATE -> 12;
      case HIGH -> 22;
    };
    return EventEnvelope.of(EventTypes.find(EventTypes.ASSESSMENT_SCORED).orElseThrow(), clientId, at,
        new AssessmentScored("a-" + at.toEpochMilli(), clientId, Instrument.PHQ9, total, "band", risk, List.of(),
            "510000", at));
  }

  public static EventEnvelope<ClientErased> erased(String clientId, String partnerId, Instant at) {
    return EventEnvelope.of(EventTypes.find(EventTypes.CLIENT_ERASED).orElseThrow(), clientId, at,
        new ClientErased(clientId, partnerId, at));
  }

  public static EventEnvelope<AvailabilityChanged> availability(String counselorId, Instant next, int free,
      Instant at) {
    return EventEnvelope.of(EventTypes.find(EventTypes.AVAILABILITY_CHANGED).orElseThrow(), counselorId, at,
        new AvailabilityChanged(counselorId, next, free, at));
  }

  public static EventEnvelope<BookingConfirmed> confirmed(String clientId, String counselorId, Instant at) {
    return EventEnvelope.of(EventTypes.find(EventTypes.BOOKING_CONFIRMED).orElseThrow(), "b-" + at.toEpochMilli(), at,
        new BookingConfirmed("b-" + at.toEpochMilli(), clientId, counselorId, "partner-a", Modality.VIDEO,
            at.plusSeconds(86_400), at.plusSeconds(90_000), false, at));
  }

  public static final String RECORDS = Topics.RECORDS;
  public static final String BOOKING = Topics.BOOKING;
}
