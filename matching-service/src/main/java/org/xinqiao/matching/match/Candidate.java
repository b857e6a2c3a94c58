package org.xinqiao.matching.match;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.xinqiao.matching.counselor.AgeGroup;
import org.xinqiao.matching.counselor.Approach;
import org.xinqiao.matching.counselor.Counselor;
import org.xinqiao.matching.counselor.CounselorStatus;
import org.xinqiao.matching.counselor.Gender;
import org.xinqiao.matching.counselor.Licence;
import org.xinqiao.matching.counselor.Modality;
import org.xinqiao.matching.counselor.Topic;

/**
 * A counsellor as matching sees them: what the hard constraints and the ranking read, plus the
 * load (clients who accepted them) and availability announced by booking. Immutable; the index
 * replaces it on every change. Enum sets are also kept as bit masks for the hot loop.
 */
public final class Candidate {

  private final String id;
  private final String displayName;
  private final String homeProvince;
  private final CounselorStatus status;
  private final Licence licence;
  private final Gender gender;
  private final Set<String> languages;
  private final Set<Topic> topics;
  private final Set<Approach> approaches;
  private final Set<Modality> modalities;
  private final Set<AgeGroup> ageGroups;
  private final boolean crisisTrained;
  private final int weeklyCapacity;
  private final int activeClients;
  private final Instant nextFreeSlot;
  private final int freeSlots;
  final int topicMask;
  final int approachMask;
  final int modalityMask;
  final int ageGroupMask;
  final long languageMask;
  final boolean nationalLicence;
  final long licenceExpiryEpochDay;

  public Candidate(String id, String displayName, String homeProvince, CounselorStatus status, Licence licence,
      Gender gender, Set<String> languages, Set<Topic> topics, Set<Approach> approaches, Set<Modality> modalities,
      Set<AgeGroup> ageGroups, boolean crisisTrained, int weeklyCapacity, int activeClients, Instant nextFreeSlot,
      int freeSlots) {
    this.id = Objects.requireNonNull(id, "id");
    this.displayName = displayName;
    this.homeProvince = Objects.requireNonNull(homeProvince, "homeProvince");
    this.status = Objects.requireNonNull(status, "status");
    this.licence = Objects.requireNonNull(licence, "licence");
    this.gender = gender;
    this.languages = Set.copyOf(languages);
    this.topics = Collections.unmodifiableSet(enumSet(Topic.class, topics));
    this.approaches = Collections.unmodifiableSet(enumSet(Approach.class, approaches));
    this.modalities = Collections.unmodifiableSet(enumSet(Modality.class, modalities));
    this.ageGroups = Collections.unmodifiableSet(enumSet(AgeGroup.class, ageGroups));
    this.crisisTrained = crisisTrained;
    this.weeklyCapacity = weeklyCapacity;
    this.activeClients = activeClients;
    this.nextFreeSlot = nextFreeSlot;
    this.freeSlots = freeSlots;
    this.topicMask = mask(this.topics);
    this.approachMask = mask(this.approaches);
    this.modalityMask = mask(this.modalities);
    this.ageGroupMask = mask(this.ageGroups);
    this.languageMask = LanguageBits.of(this.languages);
    this.nationalLicence = licence.national();
    this.licenceExpiryEpochDay = licence.expiresOn().toEpochDay();
  }

  /** The counsellor with the load and availability matching keeps beside them. */
  public static Candidate of(Counselor c, int activeClients, Instant nextFreeSlot, int freeSlots) {
    var p = c.profile();
    return new Candidate(c.id(), p.displayName(), c.provinceCode(), c.status(), c.licence(), p.gender(),
        p.languages(), p.topics(), p.approaches(), p.modalities(), p.ageGroups(), p.crisisTrained(),
        p.weeklyCapacity(), activeClients, nextFreeSlot, freeSlots);
  }

  public Candidate withActiveClients(int n) {
    return new Candidate(id, displayName, homeProvince, status, licence, gender, languages, topics, approaches,
        modalities, ageGroups, crisisTrained, weeklyCapacity, n, nextFreeSlot, freeSlots);
  }

  public Candidate withAvailability(Instant next, int free) {
    return new Candidate(id, displayName, homeProvince, status, licence, gender, languages, topics, approaches,
        modalities, ageGroups, crisisTrained, weeklyCapacity, activeClients, next, free);
  }

  public boolean verified() {
    return status == CounselorStatus.VERIFIED;
  }

  static <E extends Enum<E>> int mask(Set<E> values) {
    int m = 0;
    for (E e : values) {
      m |= 1 << e.ordinal();
    }
    return m;
  }

  private static <E extends Enum<E>> EnumSet<E> enumSet(Class<E> type, Set<E> values) {
    EnumSet<E> set = EnumSet.noneOf(type);
    set.addAll(values);
    return set;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  public String homeProvince() {
    return homeProvince;
  }

  public CounselorStatus status() {
    return status;
  }

  public Licence licence() {
    return licence;
  }

  public Gender gender() {
    return gender;
  }

  public Set<String> languages() {
    return languages;
  }

  public Set<Topic> topics() {
    return topics;
  }

  public Set<Approach> approaches() {
    return approaches;
  }

  public Set<Modality> modalities() {
    return modalities;
  }

  public Set<AgeGroup> ageGroups() {
    return ageGroups;
  }

  public boolean crisisTrained() {
    return crisisTrained;
  }

  public int weeklyCapacity() {
    return weeklyCapacity;
  }

  public int activeClients() {
    return activeClients;
  }

  public Instant nextFreeSlot() {
    return nextFreeSlot;
  }

  public int freeSlots() {
    return freeSlots;
  }

  @Override
  public String toString() {
    return "Candidate[" + id + ", " + status + ", home " + homeProvince + "]";
  }
}
