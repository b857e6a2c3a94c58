package org.xinqiao.matching.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.xinqiao.matching.support.CandidateMother.beijingNational;
import org.xinqiao.matching.support.CandidateMother;
import static org.xinqiao.matching.support.CandidateMother.lhasaTibetanSpeaker;
import static org.xinqiao.matching.support.CandidateMother.sichuanCbt;
import static org.xinqiao.matching.support.CandidateMother.tweak;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xinqiao.matching.counselor.Approach;
import org.xinqiao.matching.counselor.Modality;
import org.xinqiao.matching.counselor.Topic;
import org.xinqiao.matching.region.Regions;
import org.xinqiao.matching.support.CriteriaMother;
import org.xinqiao.matching.support.Fixed;

class MatcherTest {

  final Regions regions = Regions.load();
  final Matcher matcher = new Matcher(MatchingRules.defaults(), regions);
  final MatchIndex index = new MatchIndex();

  @Test
  void ranksTopicAndApproachFitFirstWithABreakdownThatAddsUpAndAReason() {
    index.put(sichuanCbt("a"));
    index.put(tweak(tweak(sichuanCbt("b")).topics(Set.of(Topic.SLEEP))).approaches(Set.of(Approach.PSYCHODYNAMIC)));
    MatchOutcome outcome = matcher.match(CriteriaMother.sichuanStudent(), ClientSituation.UNKNOWN, index, Fixed.NOW);
    assertThat(outcome.counselorIds()).containsExactly("a", "b");
    RankedCandidate best = outcome.proposals().get(0);
    assertThat(best.rank()).isEqualTo(1);
    assertThat(best.breakdown().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(best.score(),
        within(1e-9));
    assertThat(best.breakdown().get(Factor.TOPIC_FIT)).isCloseTo(0.20, within(1e-9));
    assertThat(best.reason()).contains("Based in your province").contains("works on academic stress, grief")
        .contains("practises CBT as you asked");
  }

  @Test
  void theCurrentCounsellorComesFirstForContinuity() {
    index.put(sichuanCbt("a"));
    index.put(tweak(sichuanCbt("z")).topics(Set.of(Topic.SLEEP)));
    MatchOutcome outcome = matcher.match(CriteriaMother.sichuanStudent(),
        new ClientSituation(RiskLevel.NONE, "z", Set.of()), index, Fixed.NOW);
    assertThat(outcome.counselorIds()).first().isEqualTo("z");
    assertThat(outcome.proposals().get(0).reason()).startsWith("Your current counsellor");
  }

  @Test
  void aFullCounsellorIsProposedOnlyToTheirCurrentClient() {
    index.put(tweak(sichuanCbt("full")).load(5, 5));
    index.put(sichuanCbt("free"));
    assertThat(matcher.match(CriteriaMother.sichuanStudent(), ClientSituation.UNKNOWN, index, Fixed.NOW)
        .counselorIds()).containsExactly("free");
    var mine = new ClientSituation(RiskLevel.NONE, "full", Set.of());
    assertThat(matcher.match(CriteriaMother.sichuanStudent(), mine, index, Fixed.NOW).counselorIds())
        .containsExactly("full", "free");
    assertThat(matcher.match(CriteriaMother.sichuanStudent(), mine, index, Fixed.NOW, 5))
        .isEqualTo(matcher.bruteForce(CriteriaMother.sichuanStudent(), mine, index, Fixed.NOW, 5));
    index.adjustActiveClients("full", -1);
    assertThat(matcher.match(CriteriaMother.sichuanStudent(), ClientSituation.UNKNOWN, index, Fixed.NOW)
        .counselorIds()).contains("full");
  }

  @Test
  void prefersTheSameProvinceThenNeighboursThenTheNationalPool() {
    var national = beijingNational("beijing");
    var chongqingNational = CandidateMother.chongqingNeighbour("chongqing");
    index.put(national);
    index.put(chongqingNational);
    index.put(sichuanCbt("local"));
    for (int i = 0; i < 900; i++) {
      index.put(sichuanCbt("supply-" + i));
    }
    MatchOutcome outcome = matcher.match(CriteriaMother.sichuanStudent(), ClientSituation.UNKNOWN, index, Fixed.NOW,
        1000);
    assertThat(outcome.underServed()).isFalse();
    assertThat(outcome.counselorIds()).endsWith("chongqing", "beijing");
  }

  @Test
  void anUnderServedProvinceSearchesTheNationalPoolAtOnce() {
    index.put(beijingNational("beijing"));
    index.put(tweak(lhasaTibetanSpeaker("lhasa")).topics(Set.of(Topic.SLEEP)));
    var criteria = CriteriaMother.speaking(CriteriaMother.inProvince(CriteriaMother.sichuanStudent(), "540000"),
        "zh");
    MatchOutcome outcome = matcher.match(criteria, ClientSituation.UNKNOWN, index, Fixed.NOW);
    assertThat(outcome.underServed()).isTrue();
    RankedCandidate beijing = outcome.proposals().stream().filter(p -> p.counselorId().equals("beijing")).findFirst()
        .orElseThrow();
    assertThat(beijing.breakdown().get(Factor.PROXIMITY)).isEqualTo(0.15);
    assertThat(beijing.reason()).contains("searched nationally because Tibet has few counsellors");
    assertThat(outcome.counselorIds()).first().isEqualTo("beijing");
  }

  @Test
  void anEmptyResultNamesTheConstraintThatEmptiedIt() {
    index.put(tweak(lhasaTibetanSpeaker("lhasa")).languages(Set.of("zh")));
    index.put(beijingNational("beijing"));
    MatchOutcome outcome = matcher.match(CriteriaMother.tibetanAdult(), ClientSituation.UNKNOWN, index, Fixed.NOW);
    assertThat(outcome.empty()).isTrue();
    assertThat(outcome.emptied().constraint()).isEqualTo("LANGUAGE");
    assertThat(outcome.emptied().explanation())
        .isEqualTo("No counsellor licensed for 540000 (Tibet) who offers CHAT sessions, speaks bo.");
  }

  @Test
  void anEmptyResultForLackOfLicencesSaysSo() {
    index.put(sichuanCbt("sichuan"));
    MatchOutcome outcome = matcher.match(CriteriaMother.tibetanAdult(), ClientSituation.UNKNOWN, index, Fixed.NOW);
    assertThat(outcome.emptied().constraint()).isEqualTo("LICENCE_SCOPE");
    assertThat(outcome.emptied().explanation()).isEqualTo("No verified counsellor is licensed for 540000 (Tibet).");
  }

  @Test
  void anExpiredLicenceDropsOutOfMatching() {
    index.put(sichuanCbt("a"));
    var later = Fixed.NOW.plus(Duration.ofDays(700));
    assertThat(matcher.match(CriteriaMother.sichuanStudent(), ClientSituation.UNKNOWN, index, Fixed.NOW)
        .counselorIds()).containsExactly("a");
    MatchOutcome outcome = matcher.match(CriteriaMother.sichuanStudent(), ClientSituation.UNKNOWN, index, later);
    assertThat(outcome.emptied().constraint()).isEqualTo("PRACTISING");
  }

  @Test
  void aModeratelyAtRiskClientIsOnlyProposedCrisisTrainedCounsellors() {
    index.put(sichuanCbt("untrained"));
    index.put(tweak(sichuanCbt("trained")).crisisTrained(true));
    MatchOutcome outcome = matcher.match(CriteriaMother.withModality(CriteriaMother.sichuanStudent(), Modality.CHAT),
        new ClientSituation(RiskLevel.MODERATE, null, Set.of()), index, Fixed.NOW);
    assertThat(outcome.counselorIds()).containsExactly("trained");
  }
}
