package org.xinqiao.launcher;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo network, generated from a fixed seed so every run plans exactly the same data: clinics
 * concentrated in the east with a few in the west, and counsellors skewed east as supply is in
 * reality. Licences mostly cover the clinic's own province, some also a neighbour, a few are
 * national; languages follow the region (Cantonese in Guangdong, Tibetan in Tibet and western
 * Sichuan, Uyghur and Kazakh in Xinjiang).
 */
public final class SeedPlan {

  public static final long SEED = 20_251_126L;

  public record ClinicPlan(int number, String name, String provinceCode, String zone, int counsellors) {}

  public record CounsellorPlan(int clinicNumber, String licenceNumber, String displayName, String gender,
      List<String> languages, boolean nationalLicence, List<String> licenceProvinces, LocalDate licenceExpiresOn,
      List<String> qualifications, List<String> approaches, List<String> topics, List<String> modalities,
      List<String> ageGroups, boolean crisisTrained, int weeklyCapacity, String timeZone,
      List<WeeklyWindow> availability) {}

  public record WeeklyWindow(String day, String start, String end) {}

  /** A demo partner client: reference, province, languages, age group. */
  public record ClientPlan(String partnerRef, String provinceCode, List<String> languages, String ageGroup) {}

  static final List<ClinicPlan> CLINICS = List.of(
      new ClinicPlan(1, "北京心桥心理咨询中心", "110000", "Asia/Shanghai", 46),
      new ClinicPlan(2, "上海心桥心理健康中心", "310000", "Asia/Shanghai", 44),
      new ClinicPlan(3, "广州心桥心理咨询中心", "440000", "Asia/Shanghai", 34),
      new ClinicPlan(4, "深圳心桥心理服务中心", "440000", "Asia/Shanghai", 30),
      new ClinicPlan(5, "杭州心桥心理咨询中心", "330000", "Asia/Shanghai", 30),
      new ClinicPlan(6, "南京心桥心理咨询中心", "320000", "Asia/Shanghai", 28),
      new ClinicPlan(7, "武汉心桥心理咨询中心", "420000", "Asia/Shanghai", 24),
      new ClinicPlan(8, "成都心桥心理咨询中心", "510000", "Asia/Shanghai", 26),
      new ClinicPlan(9, "西安心桥心理咨询中心", "610000", "Asia/Shanghai", 18),
      new ClinicPlan(10, "乌鲁木齐心桥心理咨询中心", "650000", "Asia/Urumqi", 14),
      new ClinicPlan(11, "拉萨心桥心理服务站", "540000", "Asia/Shanghai", 6));

  /** Extra provinces a provincial licence may also cover, by the clinic's province. */
  private static final Map<String, List<String>> SECOND_PROVINCE = Map.ofEntries(
      Map.entry("110000", List.of("120000", "130000")),
      Map.entry("310000", List.of("320000", "330000")),
      Map.entry("440000", List.of("450000", "460000", "430000")),
      Map.entry("330000", List.of("310000", "340000")),
      Map.entry("320000", List.of("310000", "340000")),
      Map.entry("420000", List.of("430000", "360000")),
      Map.entry("510000", List.of("540000", "500000", "630000")),
      Map.entry("610000", List.of("620000", "630000", "640000")),
      Map.entry("650000", List.of("620000")),
      Map.entry("540000", List.of("510000", "630000")));

  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
      "马", "朱", "胡", "郭", "何", "林", "罗", "高"};
  private static final String[] GIVEN = {"敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明",
      "超", "秀英", "霞", "平", "刚", "桂英", "晓燕", "文", "欣怡", "子涵", "浩然"};
  private static final String[] TIBETAN = {"扎西", "卓玛", "次仁", "央金", "多吉", "拉姆", "格桑", "德吉", "平措", "措姆"};
  private static final String[] UYGHUR = {"阿依古丽", "买买提", "古丽娜尔", "艾尔肯", "热依拉", "阿不都", "迪丽拜尔", "努尔"};

  private SeedPlan() {}

  public static List<ClinicPlan> clinics() {
    return CLINICS;
  }

  /** Every counsellor of every clinic, in a stable order. */
  public static List<CounsellorPlan> counsellors(int perClinicCap) {
    Random random = new Random(SEED);
    List<CounsellorPlan> out = new ArrayList<>();
    for (ClinicPlan clinic : CLINICS) {
      for (int i = 1; i <= clinic.counsellors(); i++) {
        CounsellorPlan c = counsellor(random, clinic, i);
        if (i <= perClinicCap) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static CounsellorPlan counsellor(Random r, ClinicPlan clinic, int i) {
    String p = clinic.provinceCode();
    Set<String> languages = new LinkedHashSet<>();
    languages.add("zh");
    String name;
    switch (p) {
      case "440000" -> {
        if (r.nextDouble() < 0.65) {
          languages.add("yue");
        }
        name = chinese(r);
      }
      case "540000" -> {
        languages.add("bo");
        name = pick(r, TIBETAN) + pick(r, TIBETAN).substring(0, 1);
      }
      case "510000" -> {
        if (r.nextDouble() < 0.3) {
          languages.add("bo");
          name = pick(r, TIBETAN);
        } else {
          name = chinese(r);
        }
      }
      case "650000" -> {
        double d = r.nextDouble();
        if (d < 0.6) {
          languages.add("ug");
          name = pick(r, UYGHUR);
        } else if (d < 0.75) {
          languages.add("kk");
          name = chinese(r);
        } else {
          name = chinese(r);
        }
      }
      default -> name = chinese(r);
    }
    if (!p.equals("540000") && !p.equals("650000") && r.nextDouble() < (p.equals("110000") || p.equals("310000") ? 0.35 : 0.15)) {
      languages.add("en");
    }
    String gender = r.nextDouble() < 0.7 ? "FEMALE" : "MALE";
    double nationalShare = p.equals("110000") || p.equals("310000") ? 0.25 : 0.1;
    boolean national = r.nextDouble() < nationalShare;
    List<String> provinces = new ArrayList<>();
    if (!national) {
      provinces.add(p);
      List<String> extra = SECOND_PROVINCE.getOrDefault(p, List.of());
      // Tibetan-speaking counsellors in Sichuan are licensed for Tibet too; others sometimes for a neighbour
      if (languages.contains("bo") && !p.equals("540000")) {
        provinces.add("540000");
      } else if (!extra.isEmpty() && r.nextDouble() < 0.25) {
        provinces.add(extra.get(r.nextInt(extra.size())));
      }
    }
    List<String> approaches = weighted(r, Map.of("CBT", 0.7, "SFBT", 0.4, "NARRATIVE", 0.25, "PSYCHODYNAMIC", 0.15,
        "ACT", 0.1, "FAMILY", 0.15, "EXPRESSIVE_ARTS", 0.05), "CBT");
    List<String> topics = weighted(r, Map.of("MARRIAGE_FAMILY", 0.45, "PARENT_CHILD", 0.4, "INTERPERSONAL", 0.45,
        "RELATIONSHIPS", 0.4, "ACADEMIC_STRESS", 0.35, "WORK_STRESS", 0.3, "GRIEF", 0.12, "TRAUMA", 0.12,
        "SLEEP", 0.15), "INTERPERSONAL");
    List<String> modalities = weighted(r, Map.of("VIDEO", 0.85, "AUDIO", 0.6, "CHAT", 0.5, "ASYNC_MESSAGE", 0.3),
        "VIDEO");
    List<String> ages = List.of("CHILD", "ADOLESCENT", "YOUNG_ADULT", "ADULT", "OLDER_ADULT");
    int from = 1 + r.nextInt(3); // ADOLESCENT, YOUNG_ADULT or ADULT
    int to = Math.min(ages.size(), from + 2 + r.nextInt(2));
    List<String> ageGroups = new ArrayList<>(ages.subList(from, to));
    if (!ageGroups.contains("ADULT")) {
      ageGroups.add("ADULT");
    }
    boolean crisisTrained = r.nextDouble() < (p.equals("540000") || p.equals("650000") ? 0.5 : 0.3);
    if (p.equals("540000") && i <= 2) {
      // the Lhasa station's first two are the crisis-trained video counsellors Tibet relies on
      crisisTrained = true;
      if (!modalities.contains("VIDEO")) {
        modalities.add(0, "VIDEO");
      }
    }
    int capacity = 10 + r.nextInt(21);
    LocalDate expires = LocalDate.of(2028, 1, 1).plusDays(r.nextInt(3 * 365));
    List<String> qualifications = r.nextDouble() < 0.4 ? List.of("注册心理师（中国心理学会）", "心理学硕士")
        : List.of("国家二级心理咨询师");
    List<WeeklyWindow> windows = new ArrayList<>();
    String[] days = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"};
    int firstDay = r.nextInt(3);
    int dayCount = 3 + r.nextInt(3);
    boolean evenings = r.nextDouble() < 0.4;
    for (int d = 0; d < dayCount; d++) {
      String day = days[(firstDay + d * 2) % 7];
      if (windows.stream().anyMatch(w -> w.day().equals(day))) {
        continue;
      }
      windows.add(new WeeklyWindow(day, "09:00", "12:00"));
      windows.add(evenings ? new WeeklyWindow(day, "19:00", "22:00") : new WeeklyWindow(day, "14:00", "18:00"));
    }
    String licence = "XQ-" + p + "-" + String.format("%02d", clinic.number()) + "-" + String.format("%03d", i);
    return new CounsellorPlan(clinic.number(), licence, name, gender, List.copyOf(languages), national,
        List.copyOf(provinces), expires, qualifications, approaches, topics, modalities, List.copyOf(ageGroups),
        crisisTrained, capacity, clinic.zone(), List.copyOf(windows));
  }

  /** The demo partner app's clients. */
  public static List<ClientPlan> clients() {
    return List.of(
        new ClientPlan("demo-client-1", "540000", List.of("bo", "zh"), "ADULT"),
        new ClientPlan("demo-client-2", "650000", List.of("ug", "zh"), "YOUNG_ADULT"),
        new ClientPlan("demo-client-3", "630000", List.of("zh"), "ADOLESCENT"),
        new ClientPlan("demo-client-4", "510000", List.of("zh"), "ADULT"),
        new ClientPlan("demo-client-5", "440000", List.of("yue", "zh"), "ADULT"));
  }

  private static String chinese(Random r) {
    return pick(r, SURNAMES) + pick(r, GIVEN);
  }

  private static String pick(Random r, String[] options) {
    return options[r.nextInt(options.length)];
  }

  /** Each option with its own probability (in a fixed order), at least the fallback. */
  private static List<String> weighted(Random r, Map<String, Double> odds, String fallback) {
    List<String> out = new ArrayList<>();
    odds.keySet().stream().sorted().forEach(k -> {
      if (r.nextDouble() < odds.get(k)) {
        out.add(k);
      }
    });
    if (out.isEmpty()) {
      out.add(fallback);
    }
    return out;
  }
}
