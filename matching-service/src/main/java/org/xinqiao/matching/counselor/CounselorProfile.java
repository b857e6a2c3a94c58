package org.xinqiao.matching.counselor;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** What a clinic states about a counsellor when onboarding them. */
public record CounselorProfile(
    String displayName,
    Gender gender,
    Set<String> languages,
    List<String> qualifications,
    Set<Approach> approaches,
    Set<Topic> topics,
    Set<Modality> modalities,
    Set<AgeGroup> ageGroups,
    boolean crisisTrained,
    String supervisorId,
    int weeklyCapacity,
    ZoneId timeZone) {

  public CounselorProfile {
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(gender, "gender");
    languages = Set.copyOf(languages);
    qualifications = List.copyOf(qualifications);
    approaches = Set.copyOf(approaches);
    topics = Set.copyOf(topics);
    modalities = Set.copyOf(modalities);
    ageGroups = Set.copyOf(ageGroups);
    Objects.requireNonNull(timeZone, "timeZone");
    if (languages.isEmpty() || modalities.isEmpty() || ageGroups.isEmpty()) {
      throw new IllegalArgumentException("a counsellor speaks a language, offers a modality and serves an age group");
    }
    if (weeklyCapacity < 1) {
      throw new IllegalArgumentException("weekly capacity must be at least 1");
    }
  }
}
