package org.xinqiao.matching.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.xinqiao.matching.counselor.AgeGroup;
import org.xinqiao.matching.counselor.Approach;
import org.xinqiao.matching.counselor.CounselorStatus;
import org.xinqiao.matching.counselor.Gender;
import org.xinqiao.matching.counselor.Licence;
import org.xinqiao.matching.counselor.Modality;
import org.xinqiao.matching.counselor.Topic;
import org.xinqiao.matching.match.Candidate;
import org.xinqiao.matching.match.MatchCriteria;
import org.xinqiao.matching.region.MacroArea;
import org.xinqiao.matching.region.Province;
import org.xinqiao.matching.region.Regions;

/**
 * Random but reproducible counsellors and clients for the oracle test, the benchmark and the
 * national simulation. Assumptions (stated in the simulation's output too): counsellors are placed
 * in provinces by population times a macro-area supply factor (east 3.0, central 1.0, northeast
 * 0.8, west 0.35); 10% hold a national licence, 20% a licence for their province and one
 * neighbour, the rest for their home province only; 85% verified; 5% of licences already expired;
 * everyone speaks Mandarin, with regional languages (Tibetan, Uyghur, Mongolian, Cantonese, Zhuang)
 * spoken by 30% of counsellors and 25% of clients in the provinces where they are common.
 */
public final class SyntheticNetwork {

  public static final double EAST = 3.0;
  public static final double CENTRAL = 1.0;
  public static final double NORTHEAST = 0.8;
  public static final double WEST = 0.35;

  private final Regions regions;
  private final Random random;
  private final Instant now;
  private final List<Province> provinces;
  private final double[] supplyCumulative;
  private final double[] populationCumulative;

  public SyntheticNetwork(Regions regions, long seed, Instant now) {
    this.regions = regions;
    this.random = new Random(seed);
    this.now = now;
    this.provinces = regions.all();
    this.supplyCumulative = cumulative(p -> p.population() * factor(p.macroArea()));
    this.populationCumulative = cumulative(p -> (double) p.population());
  }

  public static double factor(MacroArea area) {
    return switch (area) {
      case EAST -> EAST;
      case CENTRAL -> CENTRAL;
      case NORTHEAST -> NORTHEAST;
      case WEST -> WEST;
    };
  }

  private double[] cumulative(java.util.function.ToDoubleFunction<Province> weight) {
    double[] c = new double[provinces.size()];
    double sum = 0;
    for (int i = 0; i < c.length; i++) {
      sum += weight.applyAsDouble(provinces.get(i));
      c[i] = sum;
    }
    for (int i = 0; i < c.length; i++) {
      c[i] /= sum;
    }
    return c;
  }

  private Province pick(double[] cumulative) {
    double r = random.nextDouble();
    for (int i = 0; i < cumulative.length; i++) {
      if (r <= cumulative[i]) {
        return provinces.get(i);
      }
    }
    return provinces.get(provinces.size() - 1);
  }

  static String regionalLanguage(String province) {
    return switch (province) {
      case "540000", "630000" -> "bo";
      case "650000" -> "ug";
      case "150000" -> "mn";
      case "440000", "810000", "820000" -> "yue";
      case "450000" -> "za";
      default -> null;
    };
  }

  private <E extends Enum<E>> Set<E> some(Class<E> type, int min, int max) {
    E[] all = type.getEnumConstants();
    int n = min + random.nextInt(max - min + 1);
    EnumSet<E> set = EnumSet.noneOf(type);
    while (set.size() < n) {
      set.add(all[random.nextInt(all.length)]);
    }
    return set;
  }

  public Candidate counselor(String id) {
    Province home = pick(supplyCumulative);
    double l = random.nextDouble();
    Licence licence;
    LocalDate expiry = random.nextDouble() < 0.05 ? LocalDate.of(2025, 6, 30)
        : LocalDate.of(2026 + random.nextInt(4), 1 + random.nextInt(12), 1);
    if (l < 0.10) {
      licence = new Licence("L-" + id, true, Set.of(), expiry);
    } else if (l < 0.30 && !home.neighbours().isEmpty()) {
      List<String> n = new ArrayList<>(home.neighbours());
      n.sort(null);
      licence = new Licence("L-" + id, false, Set.of(home.code(), n.get(random.nextInt(n.size()))), expiry);
    } else {
      licence = new Licence("L-" + id, false, Set.of(home.code()), expiry);
    }
    Set<String> languages = new HashSet<>(Set.of("zh"));
    String regional = regionalLanguage(home.code());
    if (regional != null && random.nextDouble() < 0.30) {
      languages.add(regional);
    }
    if (random.nextDouble() < 0.10) {
      languages.add("en");
    }
    CounselorStatus status = random.nextDouble() < 0.85 ? CounselorStatus.VERIFIED
        : CounselorStatus.values()[random.nextInt(CounselorStatus.values().length)];
    int capacity = 5 + random.nextInt(16);
    Instant slot = random.nextDouble() < 0.2 ? null : now.plus(Duration.ofHours(1 + random.nextInt(24 * 20)));
    return new Candidate(id, "Counsellor " + id, home.code(), status, licence,
        Gender.values()[random.nextInt(2)], languages, some(Topic.class, 1, 4), some(Approach.class, 1, 3),
        some(Modality.class, 1, 4), some(AgeGroup.class, 1, 3), random.nextDouble() < 0.3, capacity,
        random.nextInt(capacity + 2), slot, slot == null ? 0 : random.nextInt(15));
  }

  public List<Candidate> counselors(int n) {
    List<Candidate> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(counselor(String.format("c%06d", i)));
    }
    return list;
  }

  /** A client: province weighted by population. */
  public MatchCriteria client() {
    Province p = pick(populationCumulative);
    Set<String> languages = new HashSet<>();
    String regional = regionalLanguage(p.code());
    if (regional != null && random.nextDouble() < 0.25) {
      languages.add(regional);
      if (random.nextBoolean()) {
        languages.add("zh");
      }
    } else {
      languages.add("zh");
    }
    Gender preference = random.nextDouble() < 0.3 ? Gender.values()[random.nextInt(2)] : null;
    return new MatchCriteria(p.code(), languages, some(Topic.class, 1, 2), some(Approach.class, 0, 1),
        Modality.values()[random.nextInt(Modality.values().length)], preference,
        AgeGroup.values()[random.nextInt(AgeGroup.values().length)]);
  }

  public Random random() {
    return random;
  }

  public Regions regions() {
    return regions;
  }
}
