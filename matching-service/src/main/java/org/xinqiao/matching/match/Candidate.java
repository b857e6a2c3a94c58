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
 * replaces it on every change.
 */
public record Candidate(
    String id,
    String displayName,
    String homeProvince,
    CounselorStatus status,
    Licence licence,
    Gender gender,
    Set<String> languages,
    Set<Topic> topics,
    Set<Approach> approaches,
    Set<Modality> modalities,
    Set<AgeGroup> ageGroups,
    boolean crisisTrained,
    int weeklyCapacity,
    int activeClients,
    Instant nextFreeSlot,
    int freeSlots) {

  public Candidate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(homeProvince, "homeProvince");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(licence, "licence");
    languages = Set.copyOf(languages);
    topics = Collections.unmodifiableSet(enumSet(Topic.class, topics));
    approaches = Collections.unmodifiableSet(enumSet(Approach.class, approaches));
    modalities = Collections.unmodifiableSet(enumSet(Modality.class, modalities));
    ageGroups = Collections.unmodifiableSet(enumSet(AgeGroup.class, ageGroups));
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

  private static <E extends Enum<E>> EnumSet<E> enumSet(Class<E> type, Set<E> values) {
    EnumSet<E> set = EnumSet.noneOf(type);
    set.addAll(values);
    return set;
  }
}
