package org.xinqiao.matching.support;

import java.util.Set;
import org.xinqiao.matching.counselor.AgeGroup;
import org.xinqiao.matching.counselor.Approach;
import org.xinqiao.matching.counselor.Modality;
import org.xinqiao.matching.counselor.Topic;
import org.xinqiao.matching.match.MatchCriteria;

/** What clients ask for. */
public final class CriteriaMother {

  private CriteriaMother() {}

  /** A Sichuan student, Mandarin, video, grief and academic stress, prefers CBT. */
  public static MatchCriteria sichuanStudent() {
    return new MatchCriteria("510000", Set.of("zh"), Set.of(Topic.GRIEF, Topic.ACADEMIC_STRESS),
        Set.of(Approach.CBT), Modality.VIDEO, null, AgeGroup.YOUNG_ADULT);
  }

  /** A Tibetan-speaking adult in Tibet who asks for chat. */
  public static MatchCriteria tibetanAdult() {
    return new MatchCriteria("540000", Set.of("bo"), Set.of(Topic.MARRIAGE_FAMILY), Set.of(), Modality.CHAT, null,
        AgeGroup.ADULT);
  }

  public static MatchCriteria inProvince(MatchCriteria c, String province) {
    return new MatchCriteria(province, c.languages(), c.topics(), c.preferredApproaches(), c.modality(),
        c.genderPreference(), c.ageGroup());
  }

  public static MatchCriteria speaking(MatchCriteria c, String... languages) {
    return new MatchCriteria(c.provinceCode(), Set.of(languages), c.topics(), c.preferredApproaches(), c.modality(),
        c.genderPreference(), c.ageGroup());
  }

  public static MatchCriteria withModality(MatchCriteria c, Modality m) {
    return new MatchCriteria(c.provinceCode(), c.languages(), c.topics(), c.preferredApproaches(), m,
        c.genderPreference(), c.ageGroup());
  }

  public static MatchCriteria aged(MatchCriteria c, AgeGroup a) {
    return new MatchCriteria(c.provinceCode(), c.languages(), c.topics(), c.preferredApproaches(), c.modality(),
        c.genderPreference(), a);
  }
}
