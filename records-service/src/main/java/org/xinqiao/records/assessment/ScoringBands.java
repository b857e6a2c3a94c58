package org.xinqiao.records.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Severity bands per instrument and locale, versioned. The defaults are the published cut-offs:
 * PHQ-9 (Kroenke, Spitzer and Williams 2001) and GAD-7 (Spitzer et al. 2006); a locale without its
 * own set uses {@code default}.
 */
public final class ScoringBands {

  public static final String DEFAULT_LOCALE = "default";

  private final Map<Instrument, Map<String, BandSet>> sets;

  public ScoringBands(Map<Instrument, Map<String, BandSet>> sets) {
    Map<Instrument, Map<String, BandSet>> copy = new LinkedHashMap<>();
    for (Instrument instrument : List.of(Instrument.PHQ9, Instrument.GAD7)) {
      Map<String, BandSet> perLocale = sets.getOrDefault(instrument, Map.of());
      if (!perLocale.containsKey(DEFAULT_LOCALE)) {
        throw new IllegalStateException("no default bands for " + instrument);
      }
      Map<String, BandSet> normalised = new LinkedHashMap<>();
      perLocale.forEach((locale, set) -> {
        set.checkCovers(instrument + "/" + locale, instrument.maxTotal());
        normalised.put(normalise(locale), set);
      });
      copy.put(instrument, Map.copyOf(normalised));
    }
    this.sets = Map.copyOf(copy);
  }

  public static ScoringBands defaults() {
    return new ScoringBands(defaultSets());
  }

  public static Map<Instrument, Map<String, BandSet>> defaultSets() {
    return Map.of(
        Instrument.PHQ9, Map.of(DEFAULT_LOCALE, new BandSet("phq9-kroenke-2001", List.of(
            new Band("minimal", 0, 4), new Band("mild", 5, 9), new Band("moderate", 10, 14),
            new Band("moderately_severe", 15, 19), new Band("severe", 20, 27)))),
        Instrument.GAD7, Map.of(DEFAULT_LOCALE, new BandSet("gad7-spitzer-2006", List.of(
            new Band("minimal", 0, 4), new Band("mild", 5, 9), new Band("moderate", 10, 14),
            new Band("severe", 15, 21)))));
  }

  /** The set for this instrument in this locale (e.g. {@code zh-CN}), else the default one. */
  public BandSet forLocale(Instrument instrument, String locale) {
    Map<String, BandSet> perLocale = sets.get(instrument);
    if (perLocale == null) {
      throw new IllegalArgumentException(instrument + " has no bands");
    }
    if (locale != null) {
      BandSet exact = perLocale.get(normalise(locale));
      if (exact != null) {
        return exact;
      }
      BandSet language = perLocale.get(normalise(locale).split("-")[0]);
      if (language != null) {
        return language;
      }
    }
    return perLocale.get(DEFAULT_LOCALE);
  }

  private static String normalise(String locale) {
    return locale.trim().replace('_', '-').toLowerCase(Locale.ROOT);
  }
}
