package org.xinqiao.records.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorerTest {

  private final Scorer scorer = new Scorer(ScoringBands.defaults());

  /** Answers summing to {@code total}, filling items from the first; item 9 stays 0 unless the total needs it. */
  static List<Integer> answersFor(int items, int total) {
    List<Integer> answers = new ArrayList<>();
    int left = total;
    for (int i = 0; i < items; i++) {
      int a = Math.min(3, left);
      answers.add(a);
      left -= a;
    }
    return answers;
  }

  @ParameterizedTest(name = "PHQ-9 total {0} is {1}")
  @CsvSource({"0,minimal", "4,minimal", "5,mild", "9,mild", "10,moderate", "14,moderate", "15,moderately_severe",
      "19,moderately_severe", "20,severe", "27,severe"})
  void phq9BandBoundaries(int total, String band) {
    Score score = scorer.score(Instrument.PHQ9, answersFor(9, total), null, null);
    assertThat(score.total()).isEqualTo(total);
    assertThat(score.band()).isEqualTo(band);
    assertThat(score.bandsVersion()).isEqualTo("phq9-kroenke-2001");
  }

  @ParameterizedTest(name = "GAD-7 total {0} is {1}")
  @CsvSource({"0,minimal", "4,minimal", "5,mild", "9,mild", "10,moderate", "14,moderate", "15,severe", "21,severe"})
  void gad7BandBoundaries(int total, String band) {
    Score score = scorer.score(Instrument.GAD7, answersFor(7, total), null, null);
    assertThat(score.total()).isEqualTo(total);
    assertThat(score.band()).isEqualTo(band);
    assertThat(score.riskFlags()).isEmpty();
  }

  @Test
  void phq9ItemNineAboveZeroRaisesTheRiskFlagEvenWithALowTotal() {
    Score score = scorer.score(Instrument.PHQ9, List.of(0, 0, 0, 0, 0, 0, 0, 0, 1), null, null);
    assertThat(score.band()).isEqualTo("minimal");
    assertThat(score.riskFlags()).containsExactly(Scorer.PHQ9_ITEM9_POSITIVE);
    assertThat(score.riskLevel()).isEqualTo(RiskLevel.MODERATE);
    assertThat(score.atRisk()).isTrue();
  }

  @Test
  void phq9ItemNineAtZeroRaisesNoFlagEvenWhenSevere() {
    Score score = scorer.score(Instrument.PHQ9, List.of(3, 3, 3, 3, 3, 3, 3, 3, 0), null, null);
    assertThat(score.band()).isEqualTo("severe");
    assertThat(score.riskFlags()).isEmpty();
    assertThat(score.riskLevel()).isEqualTo(RiskLevel.NONE);
  }

  static CssrsAnswers cssrs(boolean q1, Boolean q2, Boolean q3, Boolean q4, Boolean q5, boolean q6, Boolean recent) {
    return new CssrsAnswers(q1, q2, q3, q4, q5, q6, recent);
  }

  @Test
  void cssrsEveryLevel() {
    Map<CssrsAnswers, RiskLevel> cases = Map.of(
        cssrs(false, false, null, null, null, false, null), RiskLevel.NONE,
        cssrs(true, false, null, null, null, false, null), RiskLevel.LOW,
        cssrs(false, true, false, false, false, false, null), RiskLevel.LOW,
        cssrs(true, true, true, false, false, false, null), RiskLevel.MODERATE,
        cssrs(false, false, null, null, null, true, false), RiskLevel.MODERATE,
        cssrs(true, true, false, true, false, false, null), RiskLevel.HIGH,
        cssrs(true, true, true, false, true, false, null), RiskLevel.HIGH,
        cssrs(false, false, null, null, null, true, true), RiskLevel.HIGH);
    cases.forEach((answers, level) -> {
      Score score = scorer.score(Instrument.CSSRS_SCREEN, null, answers, null);
      assertThat(score.riskLevel()).as(answers.toString()).isEqualTo(level);
      assertThat(score.total()).isNull();
      assertThat(score.band()).isEqualTo(level.name().toLowerCase());
    });
  }

  @Test
  void cssrsModerateAndHighRaiseFlagsLowDoesNot() {
    assertThat(scorer.score(Instrument.CSSRS_SCREEN, null, cssrs(true, false, null, null, null, false, null), null)
        .riskFlags()).isEmpty();
    assertThat(scorer.score(Instrument.CSSRS_SCREEN, null, cssrs(true, true, true, false, false, false, null), null)
        .riskFlags()).containsExactly(Scorer.CSSRS_MODERATE);
    assertThat(scorer.score(Instrument.CSSRS_SCREEN, null, cssrs(false, false, null, null, null, true, true), null)
        .riskFlags()).containsExactly(Scorer.CSSRS_HIGH);
  }

  @Test
  void cssrsRefusesAnswersThatBreakItsSkipRulesOrLeaveGaps() {
    assertThatThrownBy(() -> scorer.score(Instrument.CSSRS_SCREEN, null, cssrs(false, false, null, true, null, false, null), null))
        .isInstanceOfSatisfying(InvalidAnswers.class, e -> assertThat(e.items()).containsExactly("suicidalThoughts"));
    assertThatThrownBy(() -> scorer.score(Instrument.CSSRS_SCREEN, null, cssrs(false, true, null, false, false, false, null), null))
        .isInstanceOfSatisfying(InvalidAnswers.class, e -> assertThat(e.items()).containsExactly("thoughtsOfMethod"));
    assertThatThrownBy(() -> scorer.score(Instrument.CSSRS_SCREEN, null, cssrs(false, false, null, null, null, true, null), null))
        .isInstanceOfSatisfying(InvalidAnswers.class, e -> assertThat(e.items()).containsExactly("behaviourWithinThreeMonths"));
    assertThatThrownBy(() -> scorer.score(Instrument.CSSRS_SCREEN, null, null, null)).isInstanceOf(InvalidAnswers.class);
  }

  @Test
  void likertAnswersAreCountedAndRangeChecked() {
    assertThatThrownBy(() -> scorer.score(Instrument.PHQ9, List.of(1, 1, 1), null, null))
        .isInstanceOfSatisfying(InvalidAnswers.class, e -> assertThat(e.items()).containsExactly("answers"));
    assertThatThrownBy(() -> scorer.score(Instrument.GAD7, List.of(0, 4, 0, -1, 0, 0, 0), null, null))
        .isInstanceOfSatisfying(InvalidAnswers.class, e -> assertThat(e.items()).containsExactly("item2", "item4"));
    assertThatThrownBy(() -> scorer.score(Instrument.GAD7, null, null, null)).isInstanceOf(InvalidAnswers.class);
  }

  @Test
  void aLocaleWithItsOwnBandsUsesThemAndOthersFallBackToDefault() {
    var sets = new java.util.HashMap<>(ScoringBands.defaultSets());
    sets.put(Instrument.GAD7, Map.of(
        ScoringBands.DEFAULT_LOCALE, ScoringBands.defaultSets().get(Instrument.GAD7).get(ScoringBands.DEFAULT_LOCALE),
        "zh-CN", new BandSet("gad7-zh-2025", List.of(new Band("low", 0, 9), new Band("high", 10, 21)))));
    Scorer localised = new Scorer(new ScoringBands(sets));
    assertThat(localised.score(Instrument.GAD7, answersFor(7, 9), null, "zh_CN").band()).isEqualTo("low");
    assertThat(localised.score(Instrument.GAD7, answersFor(7, 9), null, "zh-CN").bandsVersion()).isEqualTo("gad7-zh-2025");
    assertThat(localised.score(Instrument.GAD7, answersFor(7, 9), null, "en-GB").band()).isEqualTo("mild");
  }

  @Test
  void bandConfigurationWithAGapOrAShortRangeIsRefused() {
    var gap = new java.util.HashMap<>(ScoringBands.defaultSets());
    gap.put(Instrument.PHQ9, Map.of(ScoringBands.DEFAULT_LOCALE,
        new BandSet("bad", List.of(new Band("a", 0, 4), new Band("b", 6, 27)))));
    assertThatThrownBy(() -> new ScoringBands(gap)).isInstanceOf(IllegalStateException.class).hasMessageContaining("gap");
    var shortRange = new java.util.HashMap<>(ScoringBands.defaultSets());
    shortRange.put(Instrument.GAD7, Map.of(ScoringBands.DEFAULT_LOCALE, new BandSet("bad", List.of(new Band("a", 0, 20)))));
    assertThatThrownBy(() -> new ScoringBands(shortRange)).isInstanceOf(IllegalStateException.class);
  }
}
