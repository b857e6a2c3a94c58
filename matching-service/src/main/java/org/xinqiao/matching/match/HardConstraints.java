package org.xinqiao.matching.match;

import java.util.List;
import java.util.stream.Collectors;

/** The hard constraints, in the order an explanation applies them. */
public final class HardConstraints {

  private HardConstraints() {}

  /** Verified, with a licence valid today. */
  public record PractisingLicence() implements HardConstraint {
    public String code() {
      return "PRACTISING";
    }

    public boolean admits(Candidate c, MatchQuery q) {
      return c.verified() && q.licenceValid(c);
    }

    public String phrase(MatchQuery q) {
      return "is verified with a valid licence";
    }
  }

  /** The licence covers the client's province (or the whole country). */
  public record LicenceCoversProvince() implements HardConstraint {
    public String code() {
      return "LICENCE_SCOPE";
    }

    public boolean admits(Candidate c, MatchQuery q) {
      return c.nationalLicence || c.licence().covers(q.province().code());
    }

    public String phrase(MatchQuery q) {
      return "is licensed for " + q.province().label();
    }
  }

  /** Offers the modality the client asked for. */
  public record OffersModality() implements HardConstraint {
    public String code() {
      return "MODALITY";
    }

    public boolean admits(Candidate c, MatchQuery q) {
      return (c.modalityMask & q.modalityBit()) != 0;
    }

    public String phrase(MatchQuery q) {
      return "offers " + q.criteria().modality() + " sessions";
    }
  }

  /** Speaks at least one of the client's languages. */
  public record SharedLanguage() implements HardConstraint {
    public String code() {
      return "LANGUAGE";
    }

    public boolean admits(Candidate c, MatchQuery q) {
      if (((c.languageMask | q.languageMask()) & LanguageBits.OVERFLOW) == 0) {
        return (c.languageMask & q.languageMask()) != 0;
      }
      for (String language : q.criteria().languages()) {
        if (c.languages().contains(language)) {
          return true;
        }
      }
      return false;
    }

    public String phrase(MatchQuery q) {
      return "speaks " + q.criteria().languages().stream().sorted().collect(Collectors.joining(" or "));
    }
  }

  /** Works with the client's age group. */
  public record ServesAgeGroup() implements HardConstraint {
    public String code() {
      return "AGE_GROUP";
    }

    public boolean admits(Candidate c, MatchQuery q) {
      return (c.ageGroupMask & q.ageGroupBit()) != 0;
    }

    public String phrase(MatchQuery q) {
      return "works with " + q.criteria().ageGroup() + " clients";
    }
  }

  /** Has room for another client this week; the client's current counsellor always has. */
  public record CapacityLeft() implements HardConstraint {
    public String code() {
      return "CAPACITY";
    }

    public boolean admits(Candidate c, MatchQuery q) {
      return c.activeClients() < c.weeklyCapacity() || c.id().equals(q.situation().currentCounselorId());
    }

    public String phrase(MatchQuery q) {
      return "has capacity left";
    }
  }

  /** Crisis-trained when the client's latest risk is moderate or higher. */
  public record CrisisTrainedWhenAtRisk() implements HardConstraint {
    public String code() {
      return "CRISIS_TRAINING";
    }

    public boolean admits(Candidate c, MatchQuery q) {
      return c.crisisTrained() || !q.situation().riskLevel().atLeast(RiskLevel.MODERATE);
    }

    public String phrase(MatchQuery q) {
      return "is crisis-trained (required at risk level " + q.situation().riskLevel() + ")";
    }
  }

  public static final List<HardConstraint> ALL = List.of(new PractisingLicence(), new LicenceCoversProvince(),
      new OffersModality(), new SharedLanguage(), new ServesAgeGroup(), new CapacityLeft(),
      new CrisisTrainedWhenAtRisk());

  /** True when every constraint admits the candidate. */
  public static boolean admitsAll(Candidate c, MatchQuery q) {
    for (HardConstraint constraint : ALL) {
      if (!constraint.admits(c, q)) {
        return false;
      }
    }
    return true;
  }
}
