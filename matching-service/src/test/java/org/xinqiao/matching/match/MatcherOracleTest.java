package org.xinqiao.matching.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xinqiao.matching.region.Regions;
import org.xinqiao.matching.support.Fixed;
import org.xinqiao.matching.support.SyntheticNetwork;

/** The indexed top k equals a brute-force scoring of every counsellor, on random data. */
class MatcherOracleTest {

  @Test
  void indexedTopTenEqualsBruteForceOnRandomData() {
    Regions regions = Regions.load();
    SyntheticNetwork network = new SyntheticNetwork(regions, 20260302L, Fixed.NOW);
    MatchIndex index = new MatchIndex();
    network.counselors(4000).forEach(index::put);
    Matcher matcher = new Matcher(MatchingRules.defaults(), regions);
    var full = index.all().stream().filter(c -> c.activeClients() >= c.weeklyCapacity()).map(Candidate::id)
        .sorted().toList();
    int nonEmpty = 0;
    for (int i = 0; i < 400; i++) {
      MatchCriteria client = network.client();
      RiskLevel risk = RiskLevel.values()[network.random().nextInt(RiskLevel.values().length)];
      // now and then the client's current counsellor is one already at capacity
      String current = network.random().nextInt(5) == 0 ? String.format("c%06d", network.random().nextInt(4000))
          : network.random().nextInt(5) == 0 ? full.get(network.random().nextInt(full.size())) : null;
      ClientSituation situation = new ClientSituation(risk, current, Set.of(String.format("c%06d", i)));
      MatchOutcome indexed = matcher.match(client, situation, index, Fixed.NOW, 10);
      MatchOutcome scanned = matcher.bruteForce(client, situation, index, Fixed.NOW, 10);
      assertThat(indexed).as("query " + i + " " + client).isEqualTo(scanned);
      if (!indexed.empty()) {
        nonEmpty++;
      }
    }
    assertThat(nonEmpty).as("the data exercises non-empty results").isGreaterThan(200);
  }

  @Test
  void theIndexFollowsChangesOfStatusLoadAndAvailability() {
    Regions regions = Regions.load();
    SyntheticNetwork network = new SyntheticNetwork(regions, 7L, Fixed.NOW);
    MatchIndex index = new MatchIndex();
    var counselors = network.counselors(1500);
    counselors.forEach(index::put);
    for (int i = 0; i < 1500; i += 3) {
      var c = counselors.get(i);
      index.adjustActiveClients(c.id(), 2);
      index.updateAvailability(c.id(), Fixed.NOW.plusSeconds(3600L * i), i % 7);
      if (i % 2 == 0) {
        index.put(org.xinqiao.matching.support.CandidateMother.tweak(index.get(c.id()).orElseThrow())
            .status(org.xinqiao.matching.counselor.CounselorStatus.SUSPENDED));
      }
    }
    Matcher matcher = new Matcher(MatchingRules.defaults(), regions);
    for (int i = 0; i < 200; i++) {
      MatchCriteria client = network.client();
      assertThat(matcher.match(client, ClientSituation.UNKNOWN, index, Fixed.NOW, 10))
          .isEqualTo(matcher.bruteForce(client, ClientSituation.UNKNOWN, index, Fixed.NOW, 10));
    }
  }
}
