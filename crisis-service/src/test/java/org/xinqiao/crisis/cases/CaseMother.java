package org.xinqiao.crisis.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.xinqiao.crisis.triage.Severity;
import org.xinqiao.crisis.triage.SignalKind;

/** Crisis cases in the shapes tests need. */
final class CaseMother {

  static final Instant OPENED = Instant.parse("2026-03-10T01:40:00Z");
  static final Set<Severity> EMERGENCY = EnumSet.of(Severity.IMMINENT, Severity.HIGH);
  static final List<String> TIBET_LADDER = List.of("tibet", "qinghai", "west-centre", "national");

  private CaseMother() {}

  static CrisisCase imminentSelfReportInTibet() {
    return CrisisCase.open("6c7d8e9f-0a1b-4c2d-8e3f-4a5b6c7d8e9f", "client-tibet-teen", SignalKind.SELF_REPORT,
        Severity.IMMINENT, "540000", TIBET_LADDER, Duration.ofSeconds(60), OPENED);
  }

  static CrisisCase lowNoShowFollowUp() {
    return CrisisCase.open("7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a", "client-qinghai", SignalKind.NO_SHOW_FOLLOW_UP,
        Severity.LOW, "630000", List.of("qinghai", "national"), Duration.ofHours(24), OPENED);
  }
}
