package org.xinqiao.matching.match;

import java.util.Objects;
import java.util.Set;
import org.xinqiao.matching.counselor.AgeGroup;
import org.xinqiao.matching.counselor.Approach;
import org.xinqiao.matching.counselor.Gender;
import org.xinqiao.matching.counselor.Modality;
import org.xinqiao.matching.counselor.Topic;

/**
 * What a client asks for: their province, languages, topics, preferred approaches, modality,
 * counsellor gender preference (null: none) and age group.
 */
public record MatchCriteria(
    String provinceCode,
    Set<String> languages,
    Set<Topic> topics,
    Set<Approach> preferredApproaches,
    Modality modality,
    Gender genderPreference,
    AgeGroup ageGroup) {

  public MatchCriteria {
    Objects.requireNonNull(provinceCode, "provinceCode");
    languages = Set.copyOf(languages);
    topics = Set.copyOf(topics);
    preferredApproaches = Set.copyOf(preferredApproaches);
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(ageGroup, "ageGroup");
    if (languages.isEmpty()) {
      throw new IllegalArgumentException("a client speaks at least one language");
    }
  }
}
