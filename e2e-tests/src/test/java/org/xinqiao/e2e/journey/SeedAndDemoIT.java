package org.xinqiao.e2e.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import org.xinqiao.e2e.support.KeycloakAdmin;
import org.xinqiao.e2e.support.Network;
import org.xinqiao.launcher.Demo;
import org.xinqiao.launcher.Seed;
import org.xinqiao.testkit.http.Api;

/**
 * What {@code ./xq up} and {@code ./xq demo} do, against the test network: the seeder (a few
 * counsellors per clinic instead of a few hundred) creates its data, a second run changes nothing,
 * the demo users point at seeded ids, and the demo journey goes through.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedAndDemoIT {

  private static final Logger log = LoggerFactory.getLogger(SeedAndDemoIT.class);
  private static final int PER_CLINIC = 3;

  private Network network;

  @BeforeAll
  void network() {
    network = Network.shared();
  }

  private Seed seed() {
    return new Seed(network.gatewayUrl(), network.keycloak().baseUrl(), network.keycloak().adminPassword(), PER_CLINIC);
  }

  @Test
  void theSeedCreatesTheDemoNetworkOnceAndTheDemoWalksTheJourney() {
    Seed.Result first = seed().run();
    log.info("first seed: {}", first.counts());
    assertThat(first.provinces()).isGreaterThanOrEqualTo(31);
    assertThat(first.clinicIds()).hasSize(11).doesNotHaveDuplicates();
    assertThat(first.counsellorIds()).hasSize(11 * PER_CLINIC);
    assertThat(first.rosters()).isEqualTo(first.provinces() + 1);
    assertThat(first.clientIds()).hasSize(5);

    Seed.Result again = seed().run();
    log.info("second seed: {}", again.counts());
    assertThat(again.clinicIds()).isEqualTo(first.clinicIds());
    assertThat(again.counsellorIds()).isEqualTo(first.counsellorIds());
    assertThat(again.clientIds()).isEqualTo(first.clientIds());
    assertThat(again.counts()).as("a second run changes nothing").containsOnlyKeys(
        "clinics already there", "clinic admins unchanged", "counsellors already there", "availability unchanged",
        "rosters unchanged", "partner clients already there", "consents already there", "demo users unchanged");

    KeycloakAdmin admin = new KeycloakAdmin(network.keycloak());
    JsonNode clinicAdmin = admin.user("clinicadmin.1");
    assertThat(clinicAdmin.path("attributes").path("clinic_id").get(0).asString()).isEqualTo(first.clinicIds().get(0));
    assertThat(admin.user("clinicadmin.demo").path("attributes").path("clinic_id").get(0).asString())
        .isEqualTo(first.clinicIds().get(0));
    assertThat(first.counsellorIds()).containsValue(
        admin.user("counselor.demo").path("attributes").path("counselor_id").get(0).asString());
    String pseudonym = admin.user("client.demo").path("attributes").path("pseudonym_id").get(0).asString();
    assertThat(pseudonym).isEqualTo(first.clientIds().get("demo-client-1"));

    // the seeded identities work: the client reads itself, a clinic admin lists its counsellors
    network.keycloak().tokens().clearCache();
    Api.Response self = network.as(network.keycloak().tokens().user("client.demo")).get("/api/v1/clients/" + pseudonym);
    assertThat(self.status()).as(self.toString()).isEqualTo(200);
    Api.Response listed = network.as(network.keycloak().tokens().user("clinicadmin.1"))
        .get("/api/v1/clinics/" + first.clinicIds().get(0) + "/counselors");
    assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
    assertThat(listed.json().path("items").size()).isEqualTo(PER_CLINIC);
    Api.Response tibetRoster = network.as(network.keycloak().tokens().user("ops.demo")).get("/api/v1/crisis/rosters/540000");
    assertThat(tibetRoster.json().path("shifts").get(0).path("teamId").asString()).isEqualTo("team-540000");

    String bookingId = new Demo(network.gatewayUrl(), network.keycloak().baseUrl()).run();
    assertThat(bookingId).isNotBlank();
    Map<String, Integer> counts = first.counts();
    assertThat(counts.get("counsellors onboarded")).isEqualTo(11 * PER_CLINIC);
  }
}
