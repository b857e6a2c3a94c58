package org.xinqiao.crisis.support;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.xinqiao.contracts.EventCodec;
import org.xinqiao.contracts.EventEnvelope;
import org.xinqiao.contracts.EventTypes;
import org.xinqiao.contracts.Topics;
import org.xinqiao.contracts.booking.BookingNoShow;
import org.xinqiao.contracts.records.AgeGroup;
import org.xinqiao.contracts.records.AssessmentScored;
import org.xinqiao.contracts.records.ClientErased;
import org.xinqiao.contracts.records.ClientRegistered;
import org.xinqiao.contracts.records.Instrument;
import org.xinqiao.contracts.records.RiskLevel;
import org.xinqiao.testkit.kafka.TopicProbe;
import tools.jackson.databind.JsonNode;

/** Events other services publish, as Object Mothers, and readers for what crisis publishes. */
public final class Events {

  static final EventCodec CODEC = new EventCodec();

  private Events() {}

  public static byte[] clientRegistered(String clientId, String partnerId, String province) {
    return write(EventTypes.CLIENT_REGISTERED, clientId,
        new ClientRegistered(clientId, partnerId, province, AgeGroup.values()[0], Instant.parse("2026-03-01T00:00:00Z")));
  }

  public static byte[] clientErased(String clientId, String partnerId) {
    return write(EventTypes.CLIENT_ERASED, clientId, new ClientErased(clientId, partnerId, Instant.parse("2026-03-11T00:00:00Z")));
  }

  public static byte[] phq9ItemNinePositive(String clientId, String province, Instant scoredAt) {
    String id = UUID.randomUUID().toString();
    return write(EventTypes.ASSESSMENT_SCORED, id, new AssessmentScored(id, clientId, Instrument.PHQ9, 11, "moderate",
        RiskLevel.MODERATE, List.of("PHQ9_ITEM9_POSITIVE"), province, scoredAt));
  }

  public static byte[] gad7WithoutRisk(String clientId, String province, Instant scoredAt) {
    String id = UUID.randomUUID().toString();
    return write(EventTypes.ASSESSMENT_SCORED, id, new AssessmentScored(id, clientId, Instrument.GAD7, 6, "mild",
        RiskLevel.LOW, List.of(), province, scoredAt));
  }

  public static byte[] noShow(String clientId) {
    String id = UUID.randomUUID().toString();
    return write(EventTypes.BOOKING_NO_SHOW, id, new BookingNoShow(id, clientId, "counselor-1", "partner-a",
        Instant.parse("2026-03-10T01:00:00Z"), Instant.parse("2026-03-10T01:20:00Z")));
  }

  public static void send(byte[] event) {
    EventEnvelope<JsonNode> e = CODEC.readTree(event);
    String topic = EventTypes.find(e.type()).orElseThrow().topic();
    TopicProbe.send(topic, e.subject(), event);
  }

  private static byte[] write(String type, String subject, Object payload) {
    return CODEC.write(EventEnvelope.of(EventTypes.find(type).orElseThrow(), subject, Instant.now(), payload));
  }

  public static JsonNode data(ConsumerRecord<String, byte[]> record) {
    return CODEC.readTree(record.value()).data();
  }

  public static String type(ConsumerRecord<String, byte[]> record) {
    return TopicProbe.header(record, "ce_type");
  }

  public static Predicate<ConsumerRecord<String, byte[]>> of(String caseId, String type) {
    return r -> caseId.equals(r.key()) && type.equals(type(r));
  }

  public static final String OPENED = EventTypes.CRISIS_CASE_OPENED;
  public static final String ESCALATED = EventTypes.CRISIS_CASE_ESCALATED;
  public static final String ACKNOWLEDGED = EventTypes.CRISIS_CASE_ACKNOWLEDGED;
  public static final String RESOLVED = EventTypes.CRISIS_CASE_RESOLVED;
  public static final String PAGE = EventTypes.CRISIS_PAGE;
  public static final String[] TOPICS = {Topics.CRISIS, Topics.CRISIS_NOTIFICATIONS};

  public static Map<String, Object> signal(boolean presentDanger, String regionCode) {
    return regionCode == null ? Map.of("presentDanger", presentDanger)
        : Map.of("presentDanger", presentDanger, "regionCode", regionCode);
  }
}
