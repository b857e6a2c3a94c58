package org.xinqiao.crisis.triage;

import java.util.Objects;
import java.util.Set;

/**
 * One configurable triage rule: every condition that is set must hold for the rule to match; a
 * matching rule proposes its severity and triage takes the most urgent proposal.
 *
 * @param kinds signal kinds the rule applies to; empty for all
 * @param presentDanger required value of the present-danger flag; null for either
 * @param instrument required instrument code; null for any
 * @param riskLevelAtLeast minimum assessed risk level; null for any
 * @param riskFlag a flag code that must be present, or {@code *} for any flag; null for none needed
 * @param latestRiskAtLeast minimum latest known risk of the client; null for any
 */
public record TriageRule(
    String name,
    Set<SignalKind> kinds,
    Boolean presentDanger,
    String instrument,
    Risk riskLevelAtLeast,
    String riskFlag,
    Risk latestRiskAtLeast,
    Severity severity) {

  public static final String ANY_FLAG = "*";

  public TriageRule {
    Objects.requireNonNull(name, "name");
    kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    Objects.requireNonNull(severity, "severity of rule " + name);
  }

  public boolean matches(Signal signal) {
    if (!kinds.isEmpty() && !kinds.contains(signal.kind())) {
      return false;
    }
    if (presentDanger != null && presentDanger != signal.presentDanger()) {
      return false;
    }
    if (instrument != null && !instrument.equals(signal.instrument())) {
      return false;
    }
    if (riskLevelAtLeast != null && !signal.riskLevel().isAtLeast(riskLevelAtLeast)) {
      return false;
    }
    if (riskFlag != null) {
      boolean flagged = ANY_FLAG.equals(riskFlag) ? !signal.riskFlags().isEmpty() : signal.riskFlags().contains(riskFlag);
      if (!flagged) {
        return false;
      }
    }
    return latestRiskAtLeast == null || signal.latestRisk().isAtLeast(latestRiskAtLeast);
  }
}
