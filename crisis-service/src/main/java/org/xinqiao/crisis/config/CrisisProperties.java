package org.xinqiao.crisis.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.xinqiao.crisis.triage.Risk;
import org.xinqiao.crisis.triage.Severity;
import org.xinqiao.crisis.triage.SignalKind;

/**
 * Crisis configuration: the national centre, acknowledgement windows per severity, per-region
 * ladders and windows, the triage rules (the standard set when none are given), the timer, and
 * the severities for which an exhausted ladder requests emergency services (others keep paging
 * the last team).
 */
@ConfigurationProperties("xinqiao.crisis")
public record CrisisProperties(
    @DefaultValue("team-national") String nationalTeam,
    Map<Severity, Duration> ackDeadlines,
    Map<String, Region> regions,
    List<Rule> triageRules,
    @DefaultValue Timer timer,
    @DefaultValue({"IMMINENT", "HIGH"}) Set<Severity> emergencyStepFor) {

  public record Region(String homeTeam, List<String> backups, Map<Severity, Duration> ackDeadlines) {}

  public record Rule(String name, List<SignalKind> kinds, Boolean presentDanger, String instrument,
      Risk riskLevelAtLeast, String riskFlag, Risk latestRiskAtLeast, Severity severity) {}

  /**
   * @param pollInterval the longest the timer waits between looks at due deadlines (at most 200ms)
   * @param lease how long an instance holds a claimed case before another may take it over
   */
  public record Timer(@DefaultValue("100ms") Duration pollInterval, @DefaultValue("5s") Duration lease,
      @DefaultValue("true") boolean enabled) {}
}
