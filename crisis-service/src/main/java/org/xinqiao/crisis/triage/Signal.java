package org.xinqiao.crisis.triage;

import java.util.Objects;
import java.util.Set;

/**
 * The facts triage decides on: what kind of signal, whether present danger was reported, and for
 * assessments the instrument, risk level and flag codes; for follow-ups the client's latest known
 * risk. Codes and levels only, never answers or free text.
 *
 * @param instrument instrument code such as {@code CSSRS_SCREEN}; null unless an assessment
 * @param latestRisk the client's latest assessed risk; {@link Risk#NONE} when unknown
 */
public record Signal(
    SignalKind kind,
    boolean presentDanger,
    String instrument,
    Risk riskLevel,
    Set<String> riskFlags,
    Risk latestRisk) {

  public Signal {
    Objects.requireNonNull(kind, "kind");
    riskLevel = riskLevel == null ? Risk.NONE : riskLevel;
    riskFlags = riskFlags == null ? Set.of() : Set.copyOf(riskFlags);
    latestRisk = latestRisk == null ? Risk.NONE : latestRisk;
  }

  public static Signal report(SignalKind kind, boolean presentDanger) {
    return new Signal(kind, presentDanger, null, Risk.NONE, Set.of(), Risk.NONE);
  }

  public static Signal assessment(String instrument, Risk riskLevel, Set<String> riskFlags) {
    return new Signal(SignalKind.ASSESSMENT, false, instrument, riskLevel, riskFlags, Risk.NONE);
  }

  public static Signal noShow(Risk latestRisk) {
    return new Signal(SignalKind.NO_SHOW_FOLLOW_UP, false, null, Risk.NONE, Set.of(), latestRisk);
  }
}
