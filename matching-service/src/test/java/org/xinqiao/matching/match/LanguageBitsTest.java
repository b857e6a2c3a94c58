package org.xinqiao.matching.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinqiao.matching.support.CandidateMother.sichuanCbt;
import static org.xinqiao.matching.support.CandidateMother.tweak;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xinqiao.matching.region.Regions;
import org.xinqiao.matching.support.CriteriaMother;
import org.xinqiao.matching.support.Fixed;

class LanguageBitsTest {

  @Test
  void distinctLanguagesNeverShareABitAndTheOverflowFallsBackToExactComparison() {
    Set<Long> bits = new HashSet<>();
    for (int i = 0; i < 80; i++) {
      long mask = LanguageBits.of(Set.of("x" + i));
      if (mask != LanguageBits.OVERFLOW) {
        assertThat(Long.bitCount(mask)).isEqualTo(1);
        assertThat(bits.add(mask)).as("bit of x" + i + " is unique").isTrue();
      }
    }
    assertThat(LanguageBits.of(Set.of("x79"))).isEqualTo(LanguageBits.OVERFLOW);

    var shared = new HardConstraints.SharedLanguage();
    var query = new MatchQuery(CriteriaMother.speaking(CriteriaMother.sichuanStudent(), "x79"),
        ClientSituation.UNKNOWN, Regions.load().get("510000"), Fixed.NOW, false, java.util.Map.of());
    assertThat(shared.admits(tweak(sichuanCbt("a")).languages(Set.of("x78")), query)).isFalse();
    assertThat(shared.admits(tweak(sichuanCbt("b")).languages(Set.of("x79", "zh")), query)).isTrue();
  }
}
