package org.xinqiao.matching.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RegionsTest {

  final Regions regions = Regions.load();

  @Test
  void shipsAllThirtyFourProvinceLevelDivisionsWithUniqueGbCodes() {
    assertThat(regions.all()).hasSize(34);
    assertThat(regions.all()).extracting(Province::code).doesNotHaveDuplicates()
        .allMatch(code -> code.matches("[1-8][0-9]0000"));
    assertThat(regions.all()).extracting(Province::code)
        .contains("110000", "440000", "510000", "540000", "630000", "650000", "710000", "810000", "820000");
  }

  @Test
  void everyDivisionHasBothNamesAMacroAreaAndAPopulation() {
    assertThat(regions.all()).allSatisfy(p -> {
      assertThat(p.nameZh()).isNotBlank();
      assertThat(p.nameEn()).isNotBlank();
      assertThat(p.macroArea()).isNotNull();
      assertThat(p.population()).isPositive();
    });
    assertThat(regions.get("540000").nameZh()).isEqualTo("西藏自治区");
  }

  @Test
  void mainlandPopulationsAddUpToTheCensusTotalWithoutTheArmedForces() {
    long mainland = regions.all().stream().filter(p -> p.code().compareTo("710000") < 0)
        .mapToLong(Province::population).sum();
    // 2020 census: 1,411,778,724 including 2,000,000 active service members not counted by province
    assertThat(mainland).isEqualTo(1_409_778_724L);
  }

  @Test
  void macroAreasFollowTheNbsConventionForTheMainland() {
    Map<MacroArea, Long> counts = regions.all().stream().filter(p -> p.code().compareTo("710000") < 0)
        .collect(Collectors.groupingBy(Province::macroArea, Collectors.counting()));
    assertThat(counts).containsEntry(MacroArea.EAST, 10L).containsEntry(MacroArea.CENTRAL, 6L)
        .containsEntry(MacroArea.WEST, 12L).containsEntry(MacroArea.NORTHEAST, 3L);
  }

  @Test
  void neighboursAreSymmetricKnownAndNeverSelf() {
    for (Province p : regions.all()) {
      for (String n : p.neighbours()) {
        assertThat(regions.exists(n)).as(p.code() + " -> " + n).isTrue();
        assertThat(n).isNotEqualTo(p.code());
        assertThat(regions.get(n).neighbours()).as(n + " should list " + p.code()).contains(p.code());
      }
    }
    assertThat(regions.neighbours("540000", "510000")).isTrue();
    assertThat(regions.get("460000").neighbours()).isEmpty();
  }
}
