package org.xinqiao.matching.match;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xinqiao.matching.counselor.Approach;
import org.xinqiao.matching.counselor.Topic;
import org.xinqiao.matching.region.Regions;

/** The weighted ranking: factor scores in [0, 1], their weighted sum, and the words for them. */
public final class Ranking {

  static final double PROXIMITY_SAME_PROVINCE = 1.0;
  static final double PROXIMITY_NEARBY = 0.6;
  static final double PROXIMITY_NATIONAL = 0.2;
  static final double CONTINUITY_CURRENT = 1.0;
  static final double CONTINUITY_PAST = 0.6;
  static final long SLOT_HORIZON_HOURS = 14 * 24;
  static final double FULL_FREE_SLOTS = 10.0;

  private final MatchingRules rules;
  private final Regions regions;

  /** The best online prior among the approaches of each possible approach mask. */
  private final double[] bestPrior;

  public Ranking(MatchingRules rules, Regions regions) {
    this.rules = rules;
    this.regions = regions;
    this.weights = weightsInOrder();
    Approach[] all = Approach.values();
    this.bestPrior = new double[1 << all.length];
    for (int mask = 0; mask < bestPrior.length; mask++) {
      double best = 0;
      for (Approach a : all) {
        if ((mask & (1 << a.ordinal())) != 0) {
          best = Math.max(best, rules.prior(a));
        }
      }
      bestPrior[mask] = best;
    }
  }

  /** The weighted total; the same arithmetic as {@link #breakdown}, without allocating. */
  public double score(Candidate c, MatchQuery q) {
    double total = 0;
    for (int i = 0; i < FACTORS.length; i++) {
      double w = weights[i];
      if (w != 0) {
        total += w * factor(FACTORS[i], c, q);
      }
    }
    return total;
  }

  /** Each factor's weighted contribution. */
  public Map<Factor, Double> breakdown(Candidate c, MatchQuery q) {
    Map<Factor, Double> parts = new EnumMap<>(Factor.class);
    for (Factor f : FACTORS) {
      double w = rules.weight(f);
      parts.put(f, w == 0 ? 0.0 : w * factor(f, c, q));
    }
    return parts;
  }

  private static final Factor[] FACTORS = Factor.values();
  private final double[] weights;

  private double[] weightsInOrder() {
    double[] w = new double[FACTORS.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = rules.weight(FACTORS[i]);
    }
    return w;
  }

  double factor(Factor f, Candidate c, MatchQuery q) {
    return switch (f) {
      case TOPIC_FIT -> topicFit(c, q);
      case APPROACH_FIT -> approachFit(c, q);
      case CONTINUITY -> continuity(c, q);
      case PROXIMITY -> proximity(c, q);
      case EARLIEST_SLOT -> earliestSlot(c, q);
      case SPARE_CAPACITY -> spareCapacity(c);
      case GENDER_PREFERENCE -> q.criteria().genderPreference() != null
          && q.criteria().genderPreference() == c.gender() ? 1.0 : 0.0;
      case POOL_STEWARDSHIP -> q.underServed() || !c.nationalLicence ? 1.0 : 0.0;
    };
  }

  static double topicFit(Candidate c, MatchQuery q) {
    int wanted = Integer.bitCount(q.topicMask());
    return wanted == 0 ? 0 : (double) Integer.bitCount(c.topicMask & q.topicMask()) / wanted;
  }

  double approachFit(Candidate c, MatchQuery q) {
    double prior = bestPrior[c.approachMask];
    int preferred = Integer.bitCount(q.approachMask());
    if (preferred == 0) {
      return prior;
    }
    return 0.6 * Integer.bitCount(c.approachMask & q.approachMask()) / preferred + 0.4 * prior;
  }

  static double continuity(Candidate c, MatchQuery q) {
    if (c.id().equals(q.situation().currentCounselorId())) {
      return CONTINUITY_CURRENT;
    }
    return q.situation().pastCounselorIds().contains(c.id()) ? CONTINUITY_PAST : 0;
  }

  double proximity(Candidate c, MatchQuery q) {
    Double precomputed = q.proximityByProvince().get(c.homeProvince());
    return precomputed != null ? precomputed : proximityOf(c.homeProvince(), q);
  }

  double proximityOf(String home, MatchQuery q) {
    String client = q.province().code();
    if (home.equals(client) || q.underServed()) {
      return PROXIMITY_SAME_PROVINCE;
    }
    if (regions.neighbours(client, home) || regions.sameMacroArea(client, home)) {
      return PROXIMITY_NEARBY;
    }
    return PROXIMITY_NATIONAL;
  }

  static double earliestSlot(Candidate c, MatchQuery q) {
    if (c.nextFreeSlot() == null) {
      return 0;
    }
    long hours = Math.max(0, (c.nextFreeSlot().getEpochSecond() - q.now().getEpochSecond()) / 3600);
    return Math.max(0, 1.0 - (double) hours / SLOT_HORIZON_HOURS);
  }

  static double spareCapacity(Candidate c) {
    double spare = Math.max(0, c.weeklyCapacity() - c.activeClients()) / (double) c.weeklyCapacity();
    return 0.5 * spare + 0.5 * Math.min(1.0, c.freeSlots() / FULL_FREE_SLOTS);
  }

  /** The proximity score of every province for this query, computed once. */
  Map<String, Double> proximities(MatchQuery q) {
    Map<String, Double> byProvince = new java.util.HashMap<>();
    for (var p : regions.all()) {
      byProvince.put(p.code(), proximityOf(p.code(), q));
    }
    return Map.copyOf(byProvince);
  }

  /** Why this counsellor, in a sentence a client can read. */
  public String reason(Candidate c, MatchQuery q) {
    List<String> parts = new ArrayList<>();
    double continuity = continuity(c, q);
    if (continuity == CONTINUITY_CURRENT) {
      parts.add("your current counsellor");
    } else if (continuity == CONTINUITY_PAST) {
      parts.add("you have worked together before");
    }
    String client = q.province().code();
    String home = regions.find(c.homeProvince()).map(p -> p.nameEn()).orElse(c.homeProvince());
    if (c.homeProvince().equals(client)) {
      parts.add("based in your province");
    } else if (q.underServed()) {
      parts.add("based in " + home + ", searched nationally because " + q.province().nameEn()
          + " has few counsellors");
    } else if (regions.neighbours(client, c.homeProvince())) {
      parts.add("based in neighbouring " + home);
    } else if (regions.sameMacroArea(client, c.homeProvince())) {
      parts.add("based in " + home + ", in your region");
    } else {
      parts.add("based in " + home);
    }
    parts.add(c.licence().national() ? "licensed nationally" : "licensed for " + q.province().nameEn());
    List<String> topics = q.criteria().topics().stream().filter(c.topics()::contains).map(Ranking::words).sorted()
        .toList();
    if (!topics.isEmpty()) {
      parts.add("works on " + String.join(", ", topics));
    }
    List<String> preferred = q.criteria().preferredApproaches().stream().filter(c.approaches()::contains)
        .map(Enum::name).sorted().toList();
    if (!preferred.isEmpty()) {
      parts.add("practises " + String.join(", ", preferred) + " as you asked");
    } else {
      c.approaches().stream().filter(a -> rules.prior(a) >= 0.8).map(Enum::name).sorted().findFirst()
          .ifPresent(a -> parts.add("practises " + a + ", which works well online"));
    }
    if (c.nextFreeSlot() != null) {
      long days = Math.max(0, Duration.between(q.now(), c.nextFreeSlot()).toDays());
      parts.add(days == 0 ? "free slot within a day" : "next free slot in " + days + (days == 1 ? " day" : " days"));
    }
    if (q.criteria().genderPreference() != null && q.criteria().genderPreference() == c.gender()) {
      parts.add("the gender you prefer");
    }
    String sentence = String.join("; ", parts);
    return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".";
  }

  static String words(Topic t) {
    return t.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
