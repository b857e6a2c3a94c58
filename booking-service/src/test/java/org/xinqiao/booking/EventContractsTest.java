package org.xinqiao.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xinqiao.booking.booking.Booking;
import org.xinqiao.booking.booking.BookingOutbox;
import org.xinqiao.booking.booking.BookingPolicy;
import org.xinqiao.booking.booking.InterruptionCause;
import org.xinqiao.booking.fixtures.BookingMother;
import org.xinqiao.booking.shared.Party;
import org.xinqiao.contracts.EventCodec;
import org.xinqiao.contracts.EventEnvelope;
import org.xinqiao.contracts.EventType;
import org.xinqiao.contracts.EventTypes;
import org.xinqiao.contracts.matching.CounselorOnboarded;
import org.xinqiao.contracts.matching.CounselorRejected;
import org.xinqiao.contracts.matching.CounselorReinstated;
import org.xinqiao.contracts.matching.CounselorSuspended;
import org.xinqiao.contracts.matching.CounselorVerified;
import org.xinqiao.contracts.records.ClientErased;
import org.xinqiao.contracts.records.ClientRegistered;
import org.xinqiao.contracts.records.ConsentGranted;
import org.xinqiao.contracts.records.ConsentWithdrawn;
import org.xinqiao.kit.outbox.OutboxEvent;
import tools.jackson.databind.JsonNode;

/** Booking reads the golden samples of what it consumes, and what it publishes matches the schemas. */
class EventContractsTest {

  static final EventCodec CODEC = new EventCodec();
  static final Map<String, Class<?>> CONSUMED = Map.of(
      EventTypes.CLIENT_REGISTERED, ClientRegistered.class,
      EventTypes.CONSENT_GRANTED, ConsentGranted.class,
      EventTypes.CONSENT_WITHDRAWN, ConsentWithdrawn.class,
      EventTypes.CLIENT_ERASED, ClientErased.class,
      EventTypes.COUNSELOR_ONBOARDED, CounselorOnboarded.class,
      EventTypes.COUNSELOR_VERIFIED, CounselorVerified.class,
      EventTypes.COUNSELOR_SUSPENDED, CounselorSuspended.class,
      EventTypes.COUNSELOR_REINSTATED, CounselorReinstated.class,
      EventTypes.COUNSELOR_REJECTED, CounselorRejected.class);

  static String resource(String path) {
    try (InputStream in = EventContractsTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"client.registered.v1", "consent.granted.v1", "consent.withdrawn.v1", "client.erased.v1",
      "counselor.onboarded.v1", "counselor.verified.v1", "counselor.suspended.v1", "counselor.reinstated.v1",
      "counselor.rejected.v1"})
  void readsTheGoldenSampleOfEveryConsumedEvent(String type) {
    EventType registered = EventTypes.find(type).orElseThrow();
    EventEnvelope<JsonNode> envelope = CODEC.readTree(resource(registered.samplePath()).getBytes(StandardCharsets.UTF_8));
    assertThat(envelope.type()).isEqualTo(type);
    assertThat(CODEC.payload(envelope, CONSUMED.get(type))).isNotNull();
  }

  @Test
  void everyPublishedEventMatchesItsSchema() {
    BookingPolicy policy = BookingPolicy.standard();
    BookingOutbox outbox = new BookingOutbox();
    List<OutboxEvent> published = new ArrayList<>();

    Booking first = BookingMother.videoSessionInTwoDays();
    Instant start = first.slot().start();
    first.reschedule(new org.xinqiao.booking.availability.Slot(start.plus(Duration.ofHours(1)),
        start.plus(Duration.ofMinutes(110))), BookingMother.NOW);
    Instant moved = first.slot().start();
    first.start(policy, moved);
    first.recordInterruption(moved.plusSeconds(60), moved.plusSeconds(900), InterruptionCause.PLATFORM, policy,
        moved.plusSeconds(1000));
    first.complete(moved.plusSeconds(3000));
    published.addAll(outbox.entries(first, first.drainEvents()));

    Booking cancelled = BookingMother.videoSessionInTwoDays();
    cancelled.cancel(Party.SYSTEM, "COUNSELOR_SUSPENDED", policy, BookingMother.NOW);
    published.addAll(outbox.entries(cancelled, cancelled.drainEvents()));

    Booking missed = BookingMother.videoSessionInTwoDays();
    missed.markNoShow(policy, missed.slot().start().plus(Duration.ofMinutes(20)));
    published.addAll(outbox.entries(missed, missed.drainEvents()));

    published.add(new org.xinqiao.booking.availability.AvailabilityOutbox()
        .availabilityChanged("counselor-chengdu", null, 0, BookingMother.NOW));

    Booking confirmed = org.xinqiao.booking.booking.Booking.confirm("bk-2", "c", "p", "co", "cl",
        org.xinqiao.booking.shared.Modality.CHAT, org.xinqiao.booking.client.Entitlement.NONE,
        new org.xinqiao.booking.availability.Slot(start, start.plusSeconds(3000)), BookingMother.NOW);
    published.addAll(outbox.entries(confirmed, confirmed.drainEvents()));

    assertThat(published).extracting(OutboxEvent::type).contains("booking.rescheduled.v1", "booking.started.v1",
        "session.interrupted.v1", "booking.completed.v1", "booking.cancelled.v1", "booking.no_show.v1",
        "availability.changed.v1", "booking.confirmed.v1");
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    for (OutboxEvent e : published) {
      EventType type = EventTypes.find(e.type()).orElseThrow();
      JsonSchema schema = factory.getSchema(resource(type.schemaPath()), InputFormat.JSON, config);
      assertThat(schema.validate(e.payload(), InputFormat.JSON)).as(e.type() + " " + e.payload()).isEmpty();
      assertThat(e.topic()).isEqualTo(type.topic());
    }
  }
}
