package org.xinqiao.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinqiao.contracts.booking.BookingConfirmed;

class EventTypesTest {

  private static final Map<String, String> SOURCE_OF_TOPIC = Map.of(
      Topics.RECORDS, Sources.RECORDS,
      Topics.MATCHING, Sources.MATCHING,
      Topics.BOOKING, Sources.BOOKING,
      Topics.CRISIS, Sources.CRISIS,
      Topics.CRISIS_NOTIFICATIONS, Sources.CRISIS);

  @Test
  void registersEveryTypeConstantOnce() throws IllegalAccessException {
    List<String> constants = stringConstants(EventTypes.class);

    assertThat(EventTypes.all()).extracting(EventType::type)
        .containsExactlyInAnyOrderElementsOf(constants);
    assertThat(constants).hasSize(25).doesNotHaveDuplicates();
    assertThat(EventTypes.all()).extracting(EventType::payloadClass).doesNotHaveDuplicates();
  }

  @Test
  void findsTypesByTheirLogicalNameOnly() {
    assertThat(EventTypes.find("booking.confirmed.v1")).get()
        .extracting(EventType::topic, EventType::source, EventType::payloadClass)
        .containsExactly(Topics.BOOKING, Sources.BOOKING, BookingConfirmed.class);
    assertThat(EventTypes.find("booking.confirmed.v2")).isEmpty();
    assertThat(EventTypes.find(BookingConfirmed.class.getName())).isEmpty();
    assertThat(EventTypes.find("BookingConfirmed")).isEmpty();
  }

  @Test
  void namesTypesLogicallyWithAVersion() {
    assertThat(EventTypes.all()).extracting(EventType::type)
        .allMatch(type -> type.matches("[a-z_]+(\\.[a-z_]+)+\\.v[1-9][0-9]*"));
  }

  @Test
  void publishesEachTypeOnItsOwnersTopicFromItsOwnersSource() {
    for (EventType type : EventTypes.all()) {
      String owner = type.payloadClass().getPackageName().replace("org.xinqiao.contracts.", "");
      // pages to responder apps go on their own topic, apart from the case's facts
      String topic = type.type().equals(EventTypes.CRISIS_PAGE) ? Topics.CRISIS_NOTIFICATIONS : owner + ".events";
      assertThat(type.topic()).as(type.type()).isEqualTo(topic);
      assertThat(type.source()).as(type.type()).isEqualTo(SOURCE_OF_TOPIC.get(type.topic()));
    }
  }

  @Test
  void keysEachTypeByAFieldOfItsPayload() {
    for (EventType type : EventTypes.all()) {
      assertThat(type.payloadClass().getRecordComponents())
          .as(type.type())
          .anyMatch(c -> c.getName().equals(type.subjectField()) && c.getType() == String.class);
    }
  }

  @Test
  void locatesSchemaAndSampleByTypeName() {
    EventType noShow = EventTypes.find(EventTypes.BOOKING_NO_SHOW).orElseThrow();

    assertThat(noShow.schemaPath()).isEqualTo("/schemas/booking.no_show.v1.json");
    assertThat(noShow.samplePath()).isEqualTo("/samples/booking.no_show.v1.json");
  }

  @Test
  void namesTopicsAndTheirDeadLetterTopics() {
    assertThat(List.of(Topics.RECORDS, Topics.MATCHING, Topics.BOOKING, Topics.CRISIS,
        Topics.CRISIS_NOTIFICATIONS))
        .containsExactly("records.events", "matching.events", "booking.events", "crisis.events",
            "crisis.notifications");
    assertThat(Topics.deadLetter(Topics.BOOKING)).isEqualTo("booking.events.dlt");
    assertThat(Topics.deadLetter(Topics.CRISIS_NOTIFICATIONS))
        .isEqualTo("crisis.notifications.dlt");
  }

  private static List<String> stringConstants(Class<?> type) throws IllegalAccessException {
    List<Field> fields = Arrays.stream(type.getDeclaredFields())
        .filter(f -> Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers())
            && f.getType() == String.class)
        .toList();
    String[] values = new String[fields.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = (String) fields.get(i).get(null);
    }
    return List.of(values);
  }
}
