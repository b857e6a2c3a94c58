package org.xinqiao.matching.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinqiao.matching.match.MatchProblems.IllegalMatchTransition;
import org.xinqiao.matching.match.MatchProblems.NotProposed;
import org.xinqiao.matching.support.CriteriaMother;
import org.xinqiao.matching.support.Fixed;

class MatchRequestTest {

  static final MatchOutcome TWO = new MatchOutcome(List.of(
      new RankedCandidate("a", 1, 0.9, Map.of(), "A."), new RankedCandidate("b", 2, 0.5, Map.of(), "B.")), null,
      false);
  static final MatchOutcome NONE = new MatchOutcome(List.of(), new Emptied("LANGUAGE", "No counsellor ..."), true);

  @Test
  void aRequestWithProposalsIsProposedAndRecordsTheEvent() {
    MatchRequest m = MatchRequest.open("m1", "client-1", "p1", CriteriaMother.sichuanStudent(), TWO, null, null,
        Fixed.NOW);
    assertThat(m.status()).isEqualTo(MatchStatus.PROPOSED);
    assertThat(m.timeToMatch()).isZero();
    assertThat(m.pendingEvents()).containsExactly(
        new MatchEvent.Proposed("m1", "client-1", List.of("a", "b"), Fixed.NOW));
  }

  @Test
  void anEmptyResultWaitsWithItsExplanationAndIsProposedWhenSupplyArrives() {
    MatchRequest m = MatchRequest.open("m1", "client-1", null, CriteriaMother.tibetanAdult(), NONE, null, null,
        Fixed.NOW);
    assertThat(m.status()).isEqualTo(MatchStatus.WAITLISTED);
    assertThat(m.emptied().constraint()).isEqualTo("LANGUAGE");
    assertThat(m.pendingEvents()).isEmpty();
    assertThat(m.retry(NONE, Fixed.NOW.plusSeconds(60))).isFalse();
    assertThat(m.retry(TWO, Fixed.NOW.plus(Duration.ofHours(3)))).isTrue();
    assertThat(m.timeToMatch()).isEqualTo(Duration.ofHours(3));
    assertThat(m.emptied()).isNull();
  }

  @Test
  void onlyAProposedCounsellorCanBeAcceptedAndOnlyOnce() {
    MatchRequest m = MatchRequest.open("m1", "client-1", null, CriteriaMother.sichuanStudent(), TWO, null, null,
        Fixed.NOW);
    assertThatThrownBy(() -> m.accept("zz", Fixed.NOW)).isInstanceOf(NotProposed.class);
    m.accept("b", Fixed.NOW);
    assertThat(m.status()).isEqualTo(MatchStatus.ACCEPTED);
    assertThat(m.pendingEvents()).last().isEqualTo(new MatchEvent.Accepted("m1", "client-1", "b", Fixed.NOW));
    assertThatThrownBy(() -> m.accept("a", Fixed.NOW)).isInstanceOf(IllegalMatchTransition.class);
  }

  @Test
  void aRematchRecordsItsReason() {
    assertThatThrownBy(() -> MatchRequest.open("m2", "client-1", null, CriteriaMother.sichuanStudent(), TWO, "m1",
        " ", Fixed.NOW)).isInstanceOf(IllegalArgumentException.class);
    MatchRequest m2 = MatchRequest.open("m2", "client-1", null, CriteriaMother.sichuanStudent(), TWO, "m1",
        "COUNSELOR_NOT_A_FIT", Fixed.NOW);
    assertThat(m2.previousMatchId()).isEqualTo("m1");
    assertThat(m2.rematchReason()).isEqualTo("COUNSELOR_NOT_A_FIT");
  }
}
