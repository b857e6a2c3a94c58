package org.xinqiao.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xinqiao.contracts.Contracts.JSON;
import static org.xinqiao.contracts.Contracts.registered;
import static org.xinqiao.contracts.Contracts.sample;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xinqiao.contracts.booking.AvailabilityChanged;
import org.xinqiao.contracts.booking.BookingCancelled;
import org.xinqiao.contracts.booking.BookingConfirmed;
import org.xinqiao.contracts.booking.BookingNoShow;
import org.xinqiao.contracts.matching.CounselorOnboarded;
import org.xinqiao.contracts.matching.CounselorVerified;
import org.xinqiao.contracts.matching.LicenceScope;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class EventCodecTest {

  private static final Instant CONFIRMED_AT = Instant.parse("2025-03-11T02:32:00Z");
  private static final BookingConfirmed CONFIRMED = new BookingConfirmed(
      "0d1e2f3a-4b5c-4d6e-9f70-8192a3b4c5d6", "3f6c1d2e-8a4b-4c1f-9e2d-5b7a6c8d9e01",
      "5d8e2f1a-7b6c-4d3e-9f8a-1b2c3d4e5f60", "9b2e4f60-1c3d-4e5f-8a7b-6c5d4e3f2a10",
      Modality.VIDEO, Instant.parse("2025-03-13T11:00:00Z"), Instant.parse("2025-03-13T11:50:00Z"),
      true, CONFIRMED_AT);

  private final EventCodec codec = new EventCodec();

  @Test
  void writesCloudEventsAttributesAndIsoInstantsWithoutClassNames() {
    EventEnvelope<BookingConfirmed> event = confirmedEvent();

    byte[] bytes = codec.write(event);
    JsonNode json = JSON.readTree(bytes);

    assertThat(json.propertyNames()).containsExactly(
        "specversion", "id", "source", "type", "time", "subject", "datacontenttype", "data");
    assertThat(json.get("specversion").stringValue()).isEqualTo("1.0");
    assertThat(json.get("datacontenttype").stringValue()).isEqualTo("application/json");
    assertThat(json.get("time").stringValue()).isEqualTo("2025-03-11T02:32:00Z");
    assertThat(json.at("/data/slotStart").stringValue()).isEqualTo("2025-03-13T11:00:00Z");
    assertThat(json.at("/data/modality").stringValue()).isEqualTo("VIDEO");
    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .doesNotContain("org.xinqiao", "@class", "BookingConfirmed");
  }

  @Test
  void writesDatesAsIsoDatesNullsExplicitlyAndNestedRecordsAsObjects() {
    EventEnvelope<CounselorVerified> verified = EventEnvelope.of(
        registered(EventTypes.COUNSELOR_VERIFIED), "counselor-1", CONFIRMED_AT,
        new CounselorVerified("counselor-1", "clinic-1", LocalDate.of(2027, 6, 30), CONFIRMED_AT));
    EventEnvelope<AvailabilityChanged> fullyBooked = EventEnvelope.of(
        registered(EventTypes.AVAILABILITY_CHANGED), "counselor-1", CONFIRMED_AT,
        new AvailabilityChanged("counselor-1", null, 0, CONFIRMED_AT));
    EventEnvelope<CounselorOnboarded> onboarded = EventEnvelope.of(
        registered(EventTypes.COUNSELOR_ONBOARDED), "counselor-1", CONFIRMED_AT,
        new CounselorOnboarded("counselor-1", "clinic-1", "510000", LicenceScope.nationwide(),
            CONFIRMED_AT));

    assertThat(JSON.readTree(codec.write(verified)).at("/data/licenceExpiresOn").stringValue())
        .isEqualTo("2027-06-30");
    assertThat(JSON.readTree(codec.write(fullyBooked)).at("/data/nextFreeSlotStart").isNull())
        .isTrue();
    assertThat(JSON.readTree(codec.write(onboarded)).at("/data/licenceScope"))
        .isEqualTo(JSON.readTree("{\"national\":true,\"provinceCodes\":[]}"));
  }

  @Test
  void readsBackWhatItWrote() {
    EventEnvelope<BookingConfirmed> event = EventEnvelope.of(
        registered(EventTypes.BOOKING_CONFIRMED), CONFIRMED.bookingId(), CONFIRMED_AT, CONFIRMED);

    EventEnvelope<JsonNode> read = codec.readTree(codec.write(event));

    assertThat(read.id()).isEqualTo(event.id());
    assertThat(read.source()).isEqualTo("/booking-service");
    assertThat(read.type()).isEqualTo("booking.confirmed.v1");
    assertThat(read.time()).isEqualTo(CONFIRMED_AT);
    assertThat(read.subject()).isEqualTo(CONFIRMED.bookingId());
    assertThat(codec.payload(read, BookingConfirmed.class)).isEqualTo(CONFIRMED);
  }

  @Test
  void givesEveryNewEventItsOwnUuid() {
    EventEnvelope<BookingConfirmed> first = confirmedEvent();
    EventEnvelope<BookingConfirmed> second = confirmedEvent();

    assertThat(first.id()).isNotEqualTo(second.id())
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  }

  @Test
  void refusesToWrapAPayloadUnderAnotherType() {
    assertThatThrownBy(() -> EventEnvelope.of(
        registered(EventTypes.BOOKING_CANCELLED), CONFIRMED.bookingId(), CONFIRMED_AT, CONFIRMED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "not json", "{", "[]", "42", "null", "\"booking.confirmed.v1\"",
      "{\"id\":\"x\"} trailing"})
  void rejectsBytesThatAreNotAnEnvelope(String text) {
    assertThatThrownBy(() -> codec.readTree(text.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedEventException.class);
  }

  @Test
  void rejectsBinaryGarbage() {
    byte[] garbage = {(byte) 0xff, (byte) 0xfe, 0x00, 0x13, (byte) 0x80};

    assertThatThrownBy(() -> codec.readTree(garbage)).isInstanceOf(MalformedEventException.class);
    assertThatThrownBy(() -> codec.readTree(null)).isInstanceOf(MalformedEventException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "source", "type", "subject", "time", "data"})
  void rejectsAnEnvelopeWithoutARequiredAttribute(String attribute) {
    ObjectNode envelope = confirmedSample();
    envelope.remove(attribute);

    assertThatThrownBy(() -> codec.readTree(JSON.writeValueAsBytes(envelope)))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining(attribute);
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "source", "type", "subject", "time"})
  void rejectsBlankOrNonTextAttributes(String attribute) {
    ObjectNode blank = confirmedSample();
    blank.put(attribute, " ");
    ObjectNode number = confirmedSample();
    number.put(attribute, 17);

    assertThatThrownBy(() -> codec.readTree(JSON.writeValueAsBytes(blank)))
        .isInstanceOf(MalformedEventException.class);
    assertThatThrownBy(() -> codec.readTree(JSON.writeValueAsBytes(number)))
        .isInstanceOf(MalformedEventException.class);
  }

  @Test
  void rejectsAnUnreadableTimeDataThatIsNoObjectAndAnotherSpecVersion() {
    ObjectNode badTime = confirmedSample().put("time", "yesterday");
    ObjectNode dataText = confirmedSample().put("data", "{}");
    ObjectNode dataNull = confirmedSample().putNull("data");
    ObjectNode specTwo = confirmedSample().put("specversion", "2.0");

    for (ObjectNode broken : List.of(badTime, dataText, dataNull, specTwo)) {
      assertThatThrownBy(() -> codec.readTree(JSON.writeValueAsBytes(broken)))
          .isInstanceOf(MalformedEventException.class);
    }
  }

  @Test
  void ignoresUnknownFieldsInTheEnvelopeAndInData() {
    ObjectNode envelope = confirmedSample();
    envelope.put("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
    ObjectNode data = (ObjectNode) envelope.get("data");
    data.put("roomCode", "R-17");
    data.putObject("futureBlock").put("x", 1);

    EventEnvelope<JsonNode> read = codec.readTree(JSON.writeValueAsBytes(envelope));

    assertThat(codec.payload(read, BookingConfirmed.class).bookingId())
        .isEqualTo("0d1e2f3a-4b5c-4d6e-9f70-8192a3b4c5d6");
  }

  @Test
  void letsAConsumerReadOnlyTheFieldsItNeeds() {
    record NoShowFollowUp(String clientId, Instant slotStart) {
    }
    EventEnvelope<JsonNode> read = codec.readTree(
        JSON.writeValueAsBytes(sample(registered(EventTypes.BOOKING_NO_SHOW))));

    assertThat(codec.payload(read, NoShowFollowUp.class))
        .isEqualTo(new NoShowFollowUp("3f6c1d2e-8a4b-4c1f-9e2d-5b7a6c8d9e01",
            Instant.parse("2025-03-21T11:00:00Z")));
    assertThat(codec.payload(read, BookingNoShow.class).recordedAt())
        .isEqualTo(Instant.parse("2025-03-21T11:15:00Z"));
  }

  @Test
  void defaultsTheOptionalCloudEventsAttributes() {
    ObjectNode envelope = confirmedSample();
    envelope.remove("specversion");
    envelope.remove("datacontenttype");

    EventEnvelope<JsonNode> read = codec.readTree(JSON.writeValueAsBytes(envelope));

    assertThat(read.specversion()).isEqualTo("1.0");
    assertThat(read.datacontenttype()).isEqualTo("application/json");
  }

  @Test
  void rejectsDataOfAnotherShape() {
    EventEnvelope<JsonNode> confirmed = codec.readTree(JSON.writeValueAsBytes(confirmedSample()));

    assertThatThrownBy(() -> codec.payload(confirmed, BookingCancelled.class))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("booking.confirmed.v1")
        .hasMessageContaining("BookingCancelled");
  }

  @Test
  void rejectsUnknownEnumValuesWrongValueTypesAndBrokenInvariants() {
    ObjectNode unknownModality = confirmedSample();
    ((ObjectNode) unknownModality.get("data")).put("modality", "HOLOGRAM");
    ObjectNode textFlag = confirmedSample();
    ((ObjectNode) textFlag.get("data")).put("free", "maybe");
    ObjectNode missingFlag = confirmedSample();
    ((ObjectNode) missingFlag.get("data")).remove("free");
    ObjectNode endBeforeStart = confirmedSample();
    ((ObjectNode) endBeforeStart.get("data")).put("slotEnd", "2025-03-13T10:00:00Z");

    for (ObjectNode broken : List.of(unknownModality, textFlag, missingFlag, endBeforeStart)) {
      EventEnvelope<JsonNode> read = codec.readTree(JSON.writeValueAsBytes(broken));
      assertThatThrownBy(() -> codec.payload(read, BookingConfirmed.class))
          .isInstanceOf(MalformedEventException.class);
    }
  }

  private static EventEnvelope<BookingConfirmed> confirmedEvent() {
    return EventEnvelope.of(Sources.BOOKING, EventTypes.BOOKING_CONFIRMED, CONFIRMED.bookingId(),
        CONFIRMED_AT, CONFIRMED);
  }

  private static ObjectNode confirmedSample() {
    return sample(registered(EventTypes.BOOKING_CONFIRMED));
  }
}
