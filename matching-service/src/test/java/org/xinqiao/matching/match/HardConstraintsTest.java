package org.xinqiao.matching.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinqiao.matching.support.CandidateMother.sichuanCbt;
import static org.xinqiao.matching.support.CandidateMother.tweak;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xinqiao.matching.counselor.AgeGroup;
import org.xinqiao.matching.counselor.CounselorStatus;
import org.xinqiao.matching.counselor.Licence;
import org.xinqiao.matching.counselor.Modality;
import org.xinqiao.matching.region.Regions;
import org.xinqiao.matching.support.CriteriaMother;
import org.xinqiao.matching.support.Fixed;

/**
 * One test per hard constraint: the constraint refuses the counsellor who differs in exactly its
 * attribute, admits the one who does not, and no other constraint refuses either of them.
 */
class HardConstraintsTest {

  static final Regions REGIONS = Regions.load();

  final Candidate fits = sichuanCbt("fits");

  static MatchQuery query(RiskLevel risk, String currentCounselor) {
    return new MatchQuery(CriteriaMother.sichuanStudent(), new ClientSituation(risk, currentCounselor, Set.of()),
        REGIONS.get("510000"), Fixed.NOW, false);
  }

  final MatchQuery query = query(RiskLevel.NONE, null);

  void assertExcludesExactly(HardConstraint constraint, Candidate excluded, MatchQuery q) {
    assertThat(constraint.admits(fits, q)).as("admits the fitting counsellor").isTrue();
    assertThat(constraint.admits(excluded, q)).as("refuses the variant").isFalse();
    for (HardConstraint other : HardConstraints.ALL) {
      if (!other.code().equals(constraint.code())) {
        assertThat(other.admits(excluded, q)).as(other.code() + " must not be what refuses it").isTrue();
        assertThat(other.admits(fits, q)).as(other.code() + " admits the fitting counsellor").isTrue();
      }
    }
  }

  @Test
  void practisingExcludesUnverifiedSuspendedAndExpiredLicences() {
    var c = new HardConstraints.PractisingLicence();
    assertExcludesExactly(c, tweak(fits).status(CounselorStatus.PENDING_VERIFICATION), query);
    assertExcludesExactly(c, tweak(fits).status(CounselorStatus.SUSPENDED), query);
    assertExcludesExactly(c, tweak(fits).status(CounselorStatus.REJECTED), query);
    Licence expiredYesterday = new Licence("L", false, Set.of("510000"), LocalDate.of(2026, 3, 1));
    assertExcludesExactly(c, tweak(fits).licence(expiredYesterday), query);
    Licence lastDayInShanghai = new Licence("L", false, Set.of("510000"), LocalDate.of(2026, 3, 2));
    assertThat(c.admits(tweak(fits).licence(lastDayInShanghai), query)).isTrue();
  }

  @Test
  void licenceScopeExcludesCounsellorsLicensedOnlyElsewhere() {
    var c = new HardConstraints.LicenceCoversProvince();
    assertExcludesExactly(c, tweak(fits).licence(new Licence("L", false, Set.of("110000", "500000"),
        LocalDate.of(2027, 1, 1))), query);
    assertThat(c.admits(tweak(fits).licence(new Licence("L", true, Set.of(), LocalDate.of(2027, 1, 1))), query))
        .isTrue();
  }

  @Test
  void modalityExcludesCounsellorsWhoDoNotOfferIt() {
    assertExcludesExactly(new HardConstraints.OffersModality(),
        tweak(fits).modalities(Set.of(Modality.CHAT, Modality.ASYNC_MESSAGE)), query);
  }

  @Test
  void languageExcludesCounsellorsWithNoSharedLanguage() {
    assertExcludesExactly(new HardConstraints.SharedLanguage(), tweak(fits).languages(Set.of("ug", "en")), query);
  }

  @Test
  void ageGroupExcludesCounsellorsWhoDoNotWorkWithIt() {
    assertExcludesExactly(new HardConstraints.ServesAgeGroup(),
        tweak(fits).ageGroups(Set.of(AgeGroup.CHILD, AgeGroup.ADOLESCENT)), query);
  }

  @Test
  void capacityExcludesFullCounsellorsExceptTheClientsCurrentOne() {
    var c = new HardConstraints.CapacityLeft();
    Candidate full = tweak(fits).load(4, 4);
    assertExcludesExactly(c, full, query);
    assertThat(c.admits(tweak(fits).load(4, 3), query)).isTrue();
    assertThat(c.admits(full, query(RiskLevel.NONE, "fits"))).isTrue();
  }

  @Test
  void crisisTrainingIsRequiredFromModerateRiskOnly() {
    var c = new HardConstraints.CrisisTrainedWhenAtRisk();
    Candidate untrained = tweak(fits).crisisTrained(false);
    assertThat(c.admits(untrained, query(RiskLevel.LOW, null))).isTrue();
    MatchQuery moderate = query(RiskLevel.MODERATE, null);
    Candidate trained = tweak(fits).crisisTrained(true);
    assertThat(c.admits(untrained, moderate)).isFalse();
    assertThat(c.admits(untrained, query(RiskLevel.HIGH, null))).isFalse();
    assertThat(c.admits(trained, moderate)).isTrue();
    for (HardConstraint other : HardConstraints.ALL) {
      if (other != c && !other.code().equals(c.code())) {
        assertThat(other.admits(untrained, moderate)).as(other.code()).isTrue();
      }
    }
  }
}
