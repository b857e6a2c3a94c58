package org.xinqiao.crisis.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TriageTest {

  final Triage triage = Triage.standard();

  @Test
  void aSelfReportOfPresentDangerIsImminent() {
    assertThat(triage.assess(Signal.report(SignalKind.SELF_REPORT, true))).contains(Severity.IMMINENT);
  }

  @Test
  void aPartnerOrCounsellorReportOfPresentDangerIsImminentToo() {
    assertThat(triage.assess(Signal.report(SignalKind.PARTNER_REPORT, true))).contains(Severity.IMMINENT);
    assertThat(triage.assess(Signal.report(SignalKind.COUNSELOR_REPORT, true))).contains(Severity.IMMINENT);
  }

  @Test
  void aReportWithoutPresentDangerIsHigh() {
    assertThat(triage.assess(Signal.report(SignalKind.SELF_REPORT, false))).contains(Severity.HIGH);
  }

  @Test
  void cssrsHighIsHigh() {
    assertThat(triage.assess(Signal.assessment("CSSRS_SCREEN", Risk.HIGH, Set.of()))).contains(Severity.HIGH);
  }

  @Test
  void phq9ItemNinePositiveAloneIsModerate() {
    assertThat(triage.assess(Signal.assessment("PHQ9", Risk.MODERATE, Set.of("PHQ9_ITEM9_POSITIVE"))))
        .contains(Severity.MODERATE);
  }

  @Test
  void phq9ItemNineWithHighRiskTakesTheMoreUrgentRule() {
    assertThat(triage.assess(Signal.assessment("PHQ9", Risk.HIGH, Set.of("PHQ9_ITEM9_POSITIVE"))))
        .contains(Severity.HIGH);
  }

  @Test
  void anAssessmentWithoutRiskOpensNothing() {
    assertThat(triage.assess(Signal.assessment("GAD7", Risk.MODERATE, Set.of()))).isEmpty();
    assertThat(triage.assess(Signal.assessment("CSSRS_SCREEN", Risk.LOW, Set.of()))).isEmpty();
  }

  @Test
  void aNoShowOfAModerateRiskClientIsALowFollowUp() {
    assertThat(triage.assess(Signal.noShow(Risk.MODERATE))).contains(Severity.LOW);
  }

  @Test
  void aNoShowOfAHighRiskClientIsModerateBecauseMoreIsKnown() {
    assertThat(triage.assess(Signal.noShow(Risk.HIGH))).contains(Severity.MODERATE);
  }

  @Test
  void aNoShowOfAClientNotKnownToBeAtRiskOpensNothing() {
    assertThat(triage.assess(Signal.noShow(Risk.LOW))).isEmpty();
    assertThat(triage.assess(Signal.noShow(Risk.NONE))).isEmpty();
  }

  @Test
  void rulesAreConfigurable() {
    Triage strict = new Triage(List.of(new TriageRule("any-flag-is-high", EnumSet.of(SignalKind.ASSESSMENT), null,
        null, null, TriageRule.ANY_FLAG, null, Severity.HIGH)));
    assertThat(strict.assess(Signal.assessment("PHQ9", Risk.LOW, Set.of("PHQ9_ITEM9_POSITIVE")))).contains(Severity.HIGH);
    assertThat(strict.assess(Signal.report(SignalKind.SELF_REPORT, true))).isEmpty();
  }

  @Test
  void anEmptyRuleSetIsRefused() {
    assertThatThrownBy(() -> new Triage(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
