package org.xinqiao.matching.support;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.xinqiao.matching.counselor.AgeGroup;
import org.xinqiao.matching.counselor.Approach;
import org.xinqiao.matching.counselor.Counselor;
import org.xinqiao.matching.counselor.CounselorProfile;
import org.xinqiao.matching.counselor.Gender;
import org.xinqiao.matching.counselor.Licence;
import org.xinqiao.matching.counselor.Modality;
import org.xinqiao.matching.counselor.Topic;

/** Counsellors as clinics onboard them. */
public final class CounselorMother {

  private CounselorMother() {}

  public static CounselorProfile chengduCbtProfile() {
    return new CounselorProfile("Li Wen", Gender.FEMALE, Set.of("zh"), List.of("National Counsellor Level 2"),
        Set.of(Approach.CBT, Approach.SFBT), Set.of(Topic.ACADEMIC_STRESS, Topic.GRIEF),
        Set.of(Modality.VIDEO, Modality.CHAT), Set.of(AgeGroup.YOUNG_ADULT, AgeGroup.ADULT), true, "sup-1", 12,
        ZoneId.of("Asia/Shanghai"));
  }

  /** Licensed for Sichuan until the end of 2026. */
  public static Licence sichuanLicence() {
    return new Licence("SC-2024-0042", false, Set.of("510000"), LocalDate.of(2026, 12, 31));
  }

  public static Counselor pendingInChengdu() {
    return Counselor.onboard("c-1", "clinic-chengdu", "510000", chengduCbtProfile(), sichuanLicence(), Fixed.NOW);
  }

  public static Counselor verifiedInChengdu() {
    Counselor c = pendingInChengdu();
    c.verify(null, Fixed.NOW);
    return Counselor.restore(c.id(), c.clinicId(), c.provinceCode(), c.profile(), c.licence(), c.status(),
        c.statusReason(), c.onboardedAt(), c.statusChangedAt(), 2);
  }
}
