package org.xinqiao.crisis.triage;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Decides the severity of a signal from an ordered, configurable rule set: the most urgent severity
 * any matching rule proposes. No match means the signal opens no case (an assessment without risk,
 * a no-show of a client not known to be at risk).
 */
public final class Triage {

  private final List<TriageRule> rules;

  public Triage(List<TriageRule> rules) {
    if (rules == null || rules.isEmpty()) {
      throw new IllegalArgumentException("triage needs at least one rule");
    }
    this.rules = List.copyOf(rules);
  }

  public Optional<Severity> assess(Signal signal) {
    Severity result = null;
    for (TriageRule rule : rules) {
      if (rule.matches(signal)) {
        result = Severity.mostUrgent(result, rule.severity());
      }
    }
    return Optional.ofNullable(result);
  }

  public List<TriageRule> rules() {
    return rules;
  }

  /** The network's standard rules, used when configuration gives none. */
  public static Triage standard() {
    EnumSet<SignalKind> reports = EnumSet.of(SignalKind.SELF_REPORT, SignalKind.PARTNER_REPORT, SignalKind.COUNSELOR_REPORT);
    EnumSet<SignalKind> assessment = EnumSet.of(SignalKind.ASSESSMENT);
    EnumSet<SignalKind> noShow = EnumSet.of(SignalKind.NO_SHOW_FOLLOW_UP);
    return new Triage(List.of(
        new TriageRule("present-danger-reported", reports, true, null, null, null, null, Severity.IMMINENT),
        new TriageRule("concern-reported", reports, false, null, null, null, null, Severity.HIGH),
        new TriageRule("cssrs-high", assessment, null, "CSSRS_SCREEN", Risk.HIGH, null, null, Severity.HIGH),
        new TriageRule("assessment-high-risk", assessment, null, null, Risk.HIGH, null, null, Severity.HIGH),
        new TriageRule("phq9-item9-positive", assessment, null, null, null, "PHQ9_ITEM9_POSITIVE", null, Severity.MODERATE),
        new TriageRule("any-risk-flag", assessment, null, null, null, TriageRule.ANY_FLAG, null, Severity.MODERATE),
        new TriageRule("no-show-moderate-risk", noShow, null, null, null, null, Risk.MODERATE, Severity.LOW),
        new TriageRule("no-show-high-risk", noShow, null, null, null, null, Risk.HIGH, Severity.MODERATE)));
  }
}
