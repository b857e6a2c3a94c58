package org.xinqiao.booking.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinqiao.booking.it.Network.booking;
import static org.xinqiao.booking.it.Network.hourSlot;
import static org.xinqiao.booking.it.Network.text;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.xinqiao.booking.booking.ClaimSweeper;

/** Claims left behind by an instance that died half-way are released; live ones are kept. */
@BookingIntegrationTest
class ClaimSweeperIT {

  @LocalServerPort
  int port;

  @Autowired
  MongoTemplate mongo;

  @Autowired
  TestClock clock;

  @Autowired
  ClaimSweeper sweeper;

  @Test
  void anOrphanedClaimIsReleasedAndTheSlotCanBeBookedAgainWhileLiveClaimsStay() {
    Network net = new Network(port, mongo);
    String partner = Network.id("partner");
    String clinic = Network.id("clinic");
    String counselor = net.verifiedCounselor(clinic);
    String client = net.consentingClient(partner);
    Instant live = hourSlot(clock.instant(), 50);
    Instant orphan = live.plus(Duration.ofHours(1));
    String liveId = text(net.asPartner(partner).with("Idempotency-Key", "live")
        .post("/api/v1/bookings", booking(client, counselor, live)).json(), "id");
    // as left by an instance that claimed the slot and died before writing the booking
    mongo.insert(new Document("_id", counselor + "|" + orphan).append("counselorId", counselor)
        .append("start", Date.from(orphan)).append("end", Date.from(orphan.plus(Duration.ofMinutes(50))))
        .append("bookingId", "never-written").append("clientId", client)
        .append("claimedAt", Date.from(clock.instant().minus(Duration.ofMinutes(10)))), "slot_claims");
    clock.advance(Duration.ofMinutes(5)); // the live claim is old enough to be checked too

    assertThat(sweeper.sweep()).isGreaterThanOrEqualTo(1);

    assertThat(mongo.findById(counselor + "|" + orphan, Document.class, "slot_claims")).isNull();
    assertThat(mongo.findById(counselor + "|" + live, Document.class, "slot_claims").getString("bookingId")).isEqualTo(liveId);
    String other = net.consentingClient(partner);
    assertThat(net.asPartner(partner).with("Idempotency-Key", "after-sweep")
        .post("/api/v1/bookings", booking(other, counselor, orphan)).status()).isEqualTo(201);
  }
}
