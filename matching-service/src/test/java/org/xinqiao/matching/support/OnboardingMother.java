package org.xinqiao.matching.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies for onboarding counsellors and asking for matches over HTTP. */
public final class OnboardingMother {

  private OnboardingMother() {}

  /** A Mandarin-speaking CBT counsellor licensed for the given provinces until 2030. */
  public static Map<String, Object> counsellor(String name, List<String> provinces) {
    Map<String, Object> m = new HashMap<>();
    m.put("displayName", name);
    m.put("gender", "FEMALE");
    m.put("languages", List.of("zh"));
    m.put("licenceNumber", "LIC-" + UUID.randomUUID());
    m.put("nationalLicence", false);
    m.put("licenceProvinces", provinces);
    m.put("licenceExpiresOn", "2030-12-31");
    m.put("qualifications", List.of("Registered counsellor, Chinese Psychological Society"));
    m.put("approaches", List.of("CBT", "SFBT"));
    m.put("topics", List.of("ACADEMIC_STRESS", "GRIEF"));
    m.put("modalities", List.of("VIDEO", "CHAT"));
    m.put("ageGroups", List.of("YOUNG_ADULT", "ADULT"));
    m.put("crisisTrained", false);
    m.put("weeklyCapacity", 10);
    m.put("timeZone", "Asia/Shanghai");
    return m;
  }

  public static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
    Map<String, Object> m = new HashMap<>(base);
    m.put(key, value);
    return m;
  }

  /** A young adult asking for video sessions about academic stress, in Mandarin. */
  public static Map<String, Object> matchFor(String clientId, String province) {
    Map<String, Object> m = new HashMap<>();
    m.put("clientId", clientId);
    m.put("provinceCode", province);
    m.put("languages", List.of("zh"));
    m.put("topics", List.of("ACADEMIC_STRESS"));
    m.put("preferredApproaches", List.of("CBT"));
    m.put("modality", "VIDEO");
    m.put("ageGroup", "YOUNG_ADULT");
    return m;
  }
}
