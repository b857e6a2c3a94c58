package org.xinqiao.matching.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.xinqiao.matching.counselor.AgeGroup;
import org.xinqiao.matching.counselor.Approach;
import org.xinqiao.matching.counselor.CounselorStatus;
import org.xinqiao.matching.counselor.Gender;
import org.xinqiao.matching.counselor.Licence;
import org.xinqiao.matching.counselor.Modality;
import org.xinqiao.matching.counselor.Topic;
import org.xinqiao.matching.match.Candidate;

/** Counsellors as matching sees them. */
public final class CandidateMother {

  private CandidateMother() {}

  /** A verified Sichuan counsellor licensed for Sichuan, Mandarin, video and chat, adults, CBT, grief. */
  public static Candidate sichuanCbt(String id) {
    return new Candidate(id, "Counsellor " + id, "510000", CounselorStatus.VERIFIED,
        new Licence("LIC-" + id, false, Set.of("510000"), LocalDate.of(2027, 12, 31)), Gender.FEMALE, Set.of("zh"),
        Set.of(Topic.GRIEF, Topic.ACADEMIC_STRESS), Set.of(Approach.CBT), Set.of(Modality.VIDEO, Modality.CHAT),
        Set.of(AgeGroup.YOUNG_ADULT, AgeGroup.ADULT), false, 10, 0, null, 0);
  }

  /** A verified Tibetan-speaking counsellor in Lhasa, crisis-trained. */
  public static Candidate lhasaTibetanSpeaker(String id) {
    Candidate c = withHome(sichuanCbt(id), "540000", licensedFor("540000", sichuanCbt(id)));
    return tweak(tweak(c).languages(Set.of("bo", "zh"))).crisisTrained(true);
  }

  /** A verified Beijing counsellor with a national licence. */
  public static Candidate beijingNational(String id) {
    Candidate c = sichuanCbt(id);
    return withHome(c, "110000", new Licence("LIC-" + id, true, Set.of(), LocalDate.of(2027, 12, 31)));
  }

  /** A verified Chongqing counsellor (Sichuan's neighbour) licensed nationally. */
  public static Candidate chongqingNeighbour(String id) {
    return withHome(sichuanCbt(id), "500000", new Licence("LIC-" + id, true, Set.of(), LocalDate.of(2027, 12, 31)));
  }

  public static Candidate withHome(Candidate c, String province, Licence licence) {
    return new Candidate(c.id(), c.displayName(), province, c.status(), licence, c.gender(), c.languages(),
        c.topics(), c.approaches(), c.modalities(), c.ageGroups(), c.crisisTrained(), c.weeklyCapacity(),
        c.activeClients(), c.nextFreeSlot(), c.freeSlots());
  }

  static Licence licensedFor(String province, Candidate c) {
    return new Licence(c.licence().number(), false, Set.of(province), c.licence().expiresOn());
  }

  /** Fluent tweaks for one test. */
  public static Tweak tweak(Candidate c) {
    return new Tweak(c);
  }

  public record Tweak(Candidate c) {
    public Candidate status(CounselorStatus s) {
      return new Candidate(c.id(), c.displayName(), c.homeProvince(), s, c.licence(), c.gender(), c.languages(),
          c.topics(), c.approaches(), c.modalities(), c.ageGroups(), c.crisisTrained(), c.weeklyCapacity(),
          c.activeClients(), c.nextFreeSlot(), c.freeSlots());
    }

    public Candidate languages(Set<String> languages) {
      return new Candidate(c.id(), c.displayName(), c.homeProvince(), c.status(), c.licence(), c.gender(),
          languages, c.topics(), c.approaches(), c.modalities(), c.ageGroups(), c.crisisTrained(),
          c.weeklyCapacity(), c.activeClients(), c.nextFreeSlot(), c.freeSlots());
    }

    public Candidate licence(Licence l) {
      return withHome(c, c.homeProvince(), l);
    }

    public Candidate modalities(Set<Modality> m) {
      return new Candidate(c.id(), c.displayName(), c.homeProvince(), c.status(), c.licence(), c.gender(),
          c.languages(), c.topics(), c.approaches(), m, c.ageGroups(), c.crisisTrained(), c.weeklyCapacity(),
          c.activeClients(), c.nextFreeSlot(), c.freeSlots());
    }

    public Candidate ageGroups(Set<AgeGroup> a) {
      return new Candidate(c.id(), c.displayName(), c.homeProvince(), c.status(), c.licence(), c.gender(),
          c.languages(), c.topics(), c.approaches(), c.modalities(), a, c.crisisTrained(), c.weeklyCapacity(),
          c.activeClients(), c.nextFreeSlot(), c.freeSlots());
    }

    public Candidate crisisTrained(boolean t) {
      return new Candidate(c.id(), c.displayName(), c.homeProvince(), c.status(), c.licence(), c.gender(),
          c.languages(), c.topics(), c.approaches(), c.modalities(), c.ageGroups(), t, c.weeklyCapacity(),
          c.activeClients(), c.nextFreeSlot(), c.freeSlots());
    }

    public Candidate load(int capacity, int active) {
      return new Candidate(c.id(), c.displayName(), c.homeProvince(), c.status(), c.licence(), c.gender(),
          c.languages(), c.topics(), c.approaches(), c.modalities(), c.ageGroups(), c.crisisTrained(), capacity,
          active, c.nextFreeSlot(), c.freeSlots());
    }

    public Candidate topics(Set<Topic> t) {
      return new Candidate(c.id(), c.displayName(), c.homeProvince(), c.status(), c.licence(), c.gender(),
          c.languages(), t, c.approaches(), c.modalities(), c.ageGroups(), c.crisisTrained(), c.weeklyCapacity(),
          c.activeClients(), c.nextFreeSlot(), c.freeSlots());
    }

    public Candidate approaches(Set<Approach> a) {
      return new Candidate(c.id(), c.displayName(), c.homeProvince(), c.status(), c.licence(), c.gender(),
          c.languages(), c.topics(), a, c.modalities(), c.ageGroups(), c.crisisTrained(), c.weeklyCapacity(),
          c.activeClients(), c.nextFreeSlot(), c.freeSlots());
    }

    public Candidate nextFreeSlot(Instant at, int free) {
      return c.withAvailability(at, free);
    }
  }
}
