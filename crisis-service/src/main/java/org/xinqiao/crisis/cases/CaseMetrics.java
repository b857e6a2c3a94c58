package org.xinqiao.crisis.cases;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.xinqiao.crisis.triage.Severity;

/**
 * Crisis metrics for ops, tagged by severity and region (codes only): time to acknowledge,
 * escalations, missed deadlines, acknowledgements by home or backup team (the home share is
 * {@code home / (home + backup)}), signals by what they did, and timer lateness.
 */
@Component
public class CaseMetrics {

  private final MeterRegistry meters;
  private final Timer lateness;

  public CaseMetrics(MeterRegistry meters) {
    this.meters = meters;
    this.lateness = Timer.builder("crisis.timer.lateness")
        .description("How long after its deadline a tier was escalated").publishPercentiles(0.5, 0.99).register(meters);
  }

  public void acknowledged(CrisisCase c) {
    Timer.builder("crisis.case.time_to_acknowledge").description("From opening to a responder taking charge")
        .tag("severity", c.severity().name()).tag("region", c.regionCode()).publishPercentiles(0.5, 0.99)
        .register(meters).record(Duration.between(c.openedAt(), c.acknowledgedAt()));
    Counter.builder("crisis.case.acknowledged").description("Acknowledged cases by who answered")
        .tag("severity", c.severity().name()).tag("region", c.regionCode())
        .tag("answered_by", c.isHomeTier() ? "home" : "backup").register(meters).increment();
  }

  public void escalated(CrisisCase c, Duration late) {
    Counter.builder("crisis.case.deadline_breaches").description("Tiers that missed their acknowledgement deadline")
        .tag("severity", c.severity().name()).tag("region", c.regionCode()).register(meters).increment();
    Counter.builder("crisis.case.escalations").description("Escalations to the next tier or the emergency step")
        .tag("severity", c.severity().name()).tag("region", c.regionCode())
        .tag("step", c.isEmergencyStepReached() ? "emergency" : "team").register(meters).increment();
    lateness.record(late.isNegative() ? Duration.ZERO : late);
  }

  public void signal(String source, String result) {
    Counter.builder("crisis.signals").description("Crisis signals received").tag("source", source).tag("result", result)
        .register(meters).increment();
  }

  public void resolved(CrisisCase c) {
    Counter.builder("crisis.case.resolved").tag("severity", c.severity().name()).tag("region", c.regionCode())
        .tag("outcome", c.outcome().name()).register(meters).increment();
  }
}
