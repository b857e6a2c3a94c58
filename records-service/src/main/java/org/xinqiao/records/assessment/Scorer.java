package org.xinqiao.records.assessment;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores PHQ-9, GAD-7 and the C-SSRS screener. Pure: no storage, no clock.
 *
 * <p>Risk: PHQ-9 item 9 (thoughts of being better off dead or of self-harm) above 0 raises
 * {@code PHQ9_ITEM9_POSITIVE} and risk MODERATE (crisis triage treats it alone as MODERATE); C-SSRS per Columbia's screener triage: yes to 1 or 2
 * is low, 3 or behaviour more than three months ago moderate, 4 or 5 or behaviour within three
 * months high; moderate and high raise {@code CSSRS_MODERATE} / {@code CSSRS_HIGH}.
 */
public final class Scorer {

  public static final String PHQ9_ITEM9_POSITIVE = "PHQ9_ITEM9_POSITIVE";
  public static final String CSSRS_MODERATE = "CSSRS_MODERATE";
  public static final String CSSRS_HIGH = "CSSRS_HIGH";
  static final String CSSRS_VERSION = "cssrs-screener-triage";

  private final ScoringBands bands;

  public Scorer(ScoringBands bands) {
    this.bands = bands;
  }

  public Score score(Instrument instrument, List<Integer> answers, CssrsAnswers cssrs, String locale) {
    if (instrument == null) {
      throw new InvalidAnswers("No instrument named.", List.of("instrument"));
    }
    return instrument == Instrument.CSSRS_SCREEN ? scoreCssrs(cssrs, answers) : scoreLikert(instrument, answers, cssrs, locale);
  }

  private Score scoreLikert(Instrument instrument, List<Integer> answers, CssrsAnswers cssrs, String locale) {
    if (cssrs != null) {
      throw new InvalidAnswers(instrument + " takes item answers, not C-SSRS answers.", List.of("cssrs"));
    }
    if (answers == null || answers.size() != instrument.items()) {
      throw new InvalidAnswers(instrument + " needs exactly " + instrument.items() + " answers.", List.of("answers"));
    }
    List<String> bad = new ArrayList<>();
    int total = 0;
    for (int i = 0; i < answers.size(); i++) {
      Integer a = answers.get(i);
      if (a == null || a < 0 || a > 3) {
        bad.add("item" + (i + 1));
      } else {
        total += a;
      }
    }
    if (!bad.isEmpty()) {
      throw new InvalidAnswers("Each item is answered 0, 1, 2 or 3.", bad);
    }
    BandSet set = bands.forLocale(instrument, locale);
    List<String> flags = new ArrayList<>();
    RiskLevel risk = RiskLevel.NONE;
    if (instrument == Instrument.PHQ9 && answers.get(8) > 0) {
      flags.add(PHQ9_ITEM9_POSITIVE);
      risk = RiskLevel.MODERATE;
    }
    return new Score(instrument, total, set.bandOf(total).code(), risk, flags, set.version());
  }

  private Score scoreCssrs(CssrsAnswers a, List<Integer> answers) {
    if (answers != null && !answers.isEmpty()) {
      throw new InvalidAnswers("The C-SSRS screen takes yes/no answers, not item scores.", List.of("answers"));
    }
    if (a == null) {
      throw new InvalidAnswers("The C-SSRS screen needs its answers.", List.of("cssrs"));
    }
    List<String> missing = new ArrayList<>();
    if (a.wishToBeDead() == null) {
      missing.add("wishToBeDead");
    }
    if (a.suicidalThoughts() == null) {
      missing.add("suicidalThoughts");
    }
    if (a.suicidalBehaviour() == null) {
      missing.add("suicidalBehaviour");
    }
    if (Boolean.TRUE.equals(a.suicidalThoughts())) {
      if (a.thoughtsOfMethod() == null) {
        missing.add("thoughtsOfMethod");
      }
      if (a.intent() == null) {
        missing.add("intent");
      }
      if (a.planWithIntent() == null) {
        missing.add("planWithIntent");
      }
    } else if (Boolean.FALSE.equals(a.suicidalThoughts())
        && (yes(a.thoughtsOfMethod()) || yes(a.intent()) || yes(a.planWithIntent()))) {
      missing.add("suicidalThoughts");
    }
    if (Boolean.TRUE.equals(a.suicidalBehaviour()) && a.behaviourWithinThreeMonths() == null) {
      missing.add("behaviourWithinThreeMonths");
    }
    if (!missing.isEmpty()) {
      throw new InvalidAnswers("The C-SSRS screen answers are incomplete or contradict its skip rules.", missing);
    }
    RiskLevel risk = RiskLevel.NONE;
    if (yes(a.wishToBeDead()) || yes(a.suicidalThoughts())) {
      risk = RiskLevel.LOW;
    }
    boolean recentBehaviour = yes(a.suicidalBehaviour()) && yes(a.behaviourWithinThreeMonths());
    boolean olderBehaviour = yes(a.suicidalBehaviour()) && !yes(a.behaviourWithinThreeMonths());
    if (yes(a.thoughtsOfMethod()) || olderBehaviour) {
      risk = RiskLevel.MODERATE;
    }
    if (yes(a.intent()) || yes(a.planWithIntent()) || recentBehaviour) {
      risk = RiskLevel.HIGH;
    }
    List<String> flags = switch (risk) {
      case HIGH -> List.of(CSSRS_HIGH);
      case MODERATE -> List.of(CSSRS_MODERATE);
      default -> List.of();
    };
    return new Score(Instrument.CSSRS_SCREEN, null, risk.name().toLowerCase(java.util.Locale.ROOT), risk, flags,
        CSSRS_VERSION);
  }

  private static boolean yes(Boolean b) {
    return Boolean.TRUE.equals(b);
  }
}
