package org.xinqiao.crisis.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xinqiao.crisis.triage.Severity;

class RoutingTest {

  static final Instant T = Instant.parse("2026-03-10T01:40:00Z");

  final Routing routing = new Routing("national", Map.of(),
      Map.of("540000", new RegionPlan("tibet", List.of("qinghai", "west-centre", "national"),
          Map.of(Severity.IMMINENT, Duration.ofSeconds(45)))));

  @Test
  void ladderRunsFromTheOnCallTeamThroughBackupsToTheNationalCentreOnce() {
    assertThat(routing.ladder("540000", Optional.of("tibet-night")))
        .containsExactly("tibet-night", "tibet", "qinghai", "west-centre", "national");
  }

  @Test
  void aProvinceWithoutPlanGoesToTheNationalCentre() {
    assertThat(routing.ladder("999999", Optional.empty())).containsExactly("national");
  }

  @Test
  void acknowledgementWindowsHaveDefaultsAndRegionalOverrides() {
    assertThat(routing.ackWindow(Severity.IMMINENT, "540000")).isEqualTo(Duration.ofSeconds(45));
    assertThat(routing.ackWindow(Severity.IMMINENT, "110000")).isEqualTo(Duration.ofSeconds(60));
    assertThat(routing.ackWindow(Severity.HIGH, "540000")).isEqualTo(Duration.ofMinutes(5));
    assertThat(routing.ackWindow(Severity.MODERATE, "540000")).isEqualTo(Duration.ofHours(1));
    assertThat(routing.ackWindow(Severity.LOW, "540000")).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void theRosterNamesTheTeamOnCallAtAnInstant() {
    Roster roster = Roster.replace("540000", List.of(
        new RosterShift("day", List.of("r1"), T, T.plus(Duration.ofHours(12))),
        new RosterShift("night", List.of("r2"), T.plus(Duration.ofHours(12)), T.plus(Duration.ofHours(24)))), "ops", T);
    assertThat(roster.onCallAt(T)).contains("day");
    assertThat(roster.onCallAt(T.plus(Duration.ofHours(12)))).contains("night");
    assertThat(roster.onCallAt(T.plus(Duration.ofHours(24)))).isEmpty();
  }

  @Test
  void aShiftThatEndsBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> Roster.replace("540000", List.of(new RosterShift("x", List.of(), T, T)), "ops", T))
        .isInstanceOf(Roster.InvalidRoster.class);
  }
}
