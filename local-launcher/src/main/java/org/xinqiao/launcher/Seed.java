package org.xinqiao.launcher;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.xinqiao.launcher.SeedPlan.ClientPlan;
import org.xinqiao.launcher.SeedPlan.ClinicPlan;
import org.xinqiao.launcher.SeedPlan.CounsellorPlan;
import org.xinqiao.launcher.net.Http;
import org.xinqiao.launcher.net.KeycloakAdmin;
import org.xinqiao.launcher.net.Tokens;
import tools.jackson.databind.JsonNode;

/**
 * Demo data for a local network, through the gateway with real tokens, idempotently: every create
 * is preceded by a look-up and carries a stable {@code Idempotency-Key}, so a second run changes
 * nothing. Creates the clinics (as {@code ops.demo}), one clinic administrator per clinic in
 * Keycloak, the counsellors of each clinic (onboarded and verified by that administrator, with
 * weekly availability), the crisis on-call rosters of every province and of the national centre,
 * and the demo partner's clients with their consent; then points the demo users at real ids.
 *
 * <pre>java -cp ... org.xinqiao.launcher.Seed http://127.0.0.1:8080 http://127.0.0.1:8180 [keycloak-admin-password]</pre>
 *
 * System property {@code xinqiao.seed.per-clinic} caps the counsellors per clinic (tests use a few).
 */
public final class Seed {

  static final String OPS = "ops.demo";
  static final String PARTNER = "demo-partner-app";
  static final String PARTNER_SECRET = "demo-partner-secret";
  static final String NATIONAL_REGION = "100000";
  static final String NATIONAL_TEAM = "team-national";

  private final Http gateway;
  private final Tokens tokens;
  private final KeycloakAdmin admin;
  private final int perClinic;
  private final Map<String, AtomicInteger> counts = new LinkedHashMap<>();

  /** What the seed left, for the summary and for tests. */
  public record Result(List<String> clinicIds, Map<String, String> counsellorIds, Map<String, String> clientIds,
      int provinces, int rosters, Map<String, Integer> counts) {}

  public Seed(String gatewayUrl, String keycloakUrl, String adminPassword) {
    this(gatewayUrl, keycloakUrl, adminPassword, Integer.getInteger("xinqiao.seed.per-clinic", Integer.MAX_VALUE));
  }

  /** A seed with at most {@code perClinic} counsellors per clinic (the plan's first ones). */
  public Seed(String gatewayUrl, String keycloakUrl, String adminPassword, int perClinic) {
    this.perClinic = perClinic;
    this.gateway = Http.at(gatewayUrl);
    this.tokens = new Tokens(keycloakUrl);
    this.admin = new KeycloakAdmin(keycloakUrl, adminPassword);
  }

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: Seed <gatewayUrl> <keycloakUrl> [keycloakAdminPassword]");
      System.exit(2);
    }
    String password = args.length > 2 ? args[2] : System.getenv().getOrDefault("XQ_KEYCLOAK_ADMIN_PASSWORD", "admin-dev-only");
    try {
      long started = System.nanoTime();
      Result r = new Seed(args[0], args[1], password).run();
      System.out.printf("seeded in %d s: %d provinces (reference data), %d clinics, %d counsellors, %d rosters, %d partner clients%n",
          (System.nanoTime() - started) / 1_000_000_000L, r.provinces(), r.clinicIds().size(), r.counsellorIds().size(),
          r.rosters(), r.clientIds().size());
      r.counts().forEach((k, v) -> System.out.printf("  %-30s %d%n", k, v));
    } catch (RuntimeException e) {
      System.err.println("seeding failed: " + e.getMessage());
      e.printStackTrace();
      System.exit(1);
    }
  }

  /** Counts an outcome; onboarding runs on a few threads, hence synchronized. */
  private synchronized void count(String what) {
    counts.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
  }

  private Http as(String user) {
    return gateway.bearer(tokens.user(user));
  }

  private Http partner() {
    return gateway.bearer(tokens.client(PARTNER, PARTNER_SECRET));
  }

  public Result run() {
    List<String> provinces = provinces();
    List<String> clinicIds = clinics();
    clinicAdmins(clinicIds);
    Map<String, String> counsellorIds = counsellors(clinicIds, SeedPlan.counsellors(perClinic));
    int rosters = rosters(provinces);
    Map<String, String> clientIds = clients();
    demoUsers(clinicIds, counsellorIds, clientIds);
    Map<String, Integer> summary = new LinkedHashMap<>();
    synchronized (this) {
      counts.forEach((k, v) -> summary.put(k, v.get()));
    }
    return new Result(clinicIds, counsellorIds, clientIds, provinces.size(), rosters, summary);
  }

  // ---- regions -------------------------------------------------------------------------------

  private List<String> provinces() {
    Http.Response r = as(OPS).get("/api/v1/regions");
    require(r, 200, "list the provinces");
    List<String> codes = new ArrayList<>();
    r.json().forEach(p -> codes.add(p.path("code").asString()));
    if (codes.size() < 31) {
      throw new IllegalStateException("matching ships only " + codes.size() + " provinces");
    }
    return codes;
  }

  // ---- clinics -------------------------------------------------------------------------------

  private List<String> clinics() {
    Map<String, String> existing = new HashMap<>();
    for (JsonNode c : pages(as(OPS), "/api/v1/clinics")) {
      existing.put(c.path("name").asString() + "|" + c.path("provinceCode").asString(), c.path("id").asString());
    }
    List<String> ids = new ArrayList<>();
    for (ClinicPlan plan : SeedPlan.clinics()) {
      String id = existing.get(plan.name() + "|" + plan.provinceCode());
      if (id == null) {
        Http.Response r = as(OPS).with("Idempotency-Key", "seed-clinic-" + plan.number())
            .post("/api/v1/clinics", Map.of("name", plan.name(), "provinceCode", plan.provinceCode()));
        require(r, 201, "register clinic " + plan.number());
        id = r.json().path("id").asString();
        count("clinics created");
      } else {
        count("clinics already there");
      }
      ids.add(id);
    }
    return ids;
  }

  private void clinicAdmins(List<String> clinicIds) {
    for (int n = 1; n <= clinicIds.size(); n++) {
      String outcome = admin.ensureUser("clinicadmin." + n, "Clinic" + n, "Admin", "clinic-admin",
          Map.of("clinic_id", clinicIds.get(n - 1)));
      count("clinic admins " + outcome);
    }
  }

  static String clinicAdmin(int clinicNumber) {
    return "clinicadmin." + clinicNumber;
  }

  // ---- counsellors ---------------------------------------------------------------------------

  private Map<String, String> counsellors(List<String> clinicIds, List<CounsellorPlan> plans) {
    Map<String, String> ids = new LinkedHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (ClinicPlan clinic : SeedPlan.clinics()) {
        String clinicId = clinicIds.get(clinic.number() - 1);
        Http clinicAdmin = as(clinicAdmin(clinic.number()));
        Map<String, JsonNode> existing = new HashMap<>();
        for (JsonNode c : pages(clinicAdmin, "/api/v1/clinics/" + clinicId + "/counselors")) {
          existing.put(c.path("licenceNumber").asString(), c);
        }
        List<Future<String[]>> work = new ArrayList<>();
        for (CounsellorPlan plan : plans) {
          if (plan.clinicNumber() == clinic.number()) {
            work.add(pool.submit(() -> new String[] {plan.licenceNumber(),
                counsellor(clinic, clinicId, plan, existing.get(plan.licenceNumber()))}));
          }
        }
        for (Future<String[]> f : work) {
          String[] done = f.get();
          ids.put(done[0], done[1]);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return ids;
  }

  private String counsellor(ClinicPlan clinic, String clinicId, CounsellorPlan plan, JsonNode existing) {
    Http clinicAdmin = as(clinicAdmin(clinic.number()));
    String id;
    String status;
    if (existing == null) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("displayName", plan.displayName());
      body.put("gender", plan.gender());
      body.put("languages", plan.languages());
      body.put("licenceNumber", plan.licenceNumber());
      body.put("nationalLicence", plan.nationalLicence());
      body.put("licenceProvinces", plan.licenceProvinces());
      body.put("licenceExpiresOn", plan.licenceExpiresOn().toString());
      body.put("qualifications", plan.qualifications());
      body.put("approaches", plan.approaches());
      body.put("topics", plan.topics());
      body.put("modalities", plan.modalities());
      body.put("ageGroups", plan.ageGroups());
      body.put("crisisTrained", plan.crisisTrained());
      body.put("weeklyCapacity", plan.weeklyCapacity());
      body.put("timeZone", plan.timeZone());
      Http.Response r = clinicAdmin.with("Idempotency-Key", "seed-counselor-" + plan.licenceNumber())
          .post("/api/v1/clinics/" + clinicId + "/counselors", body);
      require(r, 201, "onboard " + plan.licenceNumber());
      id = r.json().path("profile").path("id").asString();
      status = r.json().path("profile").path("status").asString();
      count("counsellors onboarded");
    } else {
      id = existing.path("profile").path("id").asString();
      status = existing.path("profile").path("status").asString();
      count("counsellors already there");
    }
    if (!"VERIFIED".equals(status)) {
      Http.Response v = clinicAdmin.post("/api/v1/counselors/" + id + "/verification", Map.of("decision", "VERIFIED"));
      require(v, 200, "verify " + plan.licenceNumber());
      count("counsellors verified");
    }
    availability(clinicAdmin, id, plan);
    return id;
  }

  private void availability(Http clinicAdmin, String counselorId, CounsellorPlan plan) {
    List<Map<String, String>> weekly = new ArrayList<>();
    plan.availability().forEach(w -> weekly.add(Map.of("day", w.day(), "start", w.start(), "end", w.end())));
    Map<String, Object> body = Map.of("zone", plan.timeZone(), "weekly", weekly, "exceptions", List.of(),
        "sessionMinutes", 50, "bufferMinutes", 10);
    String path = "/api/v1/counselors/" + counselorId + "/availability";
    // booking learns the counsellor and its clinic from matching's events: wait for it, bounded
    long deadline = System.nanoTime() + 60_000_000_000L;
    long pause = 200;
    while (true) {
      Http.Response now = clinicAdmin.get(path);
      if (now.status() == 200 && sameAvailability(now.json(), body)) {
        count("availability unchanged");
        return;
      }
      if (now.status() == 200 || now.status() == 404 && "availability-not-found".equals(now.code())) {
        Http.Response put = clinicAdmin.put(path, body);
        if (put.status() == 200) {
          count("availability set");
          return;
        }
        now = put;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("cannot set the availability of " + plan.licenceNumber() + ": " + now);
      }
      Http.pauseFor(pause);
      pause = Math.min(pause * 2, 3000);
    }
  }

  static boolean sameAvailability(JsonNode current, Map<String, Object> wanted) {
    if (!Objects.equals(current.path("zone").asString(), wanted.get("zone"))
        || current.path("sessionMinutes").asInt() != (int) wanted.get("sessionMinutes")
        || current.path("bufferMinutes").asInt() != (int) wanted.get("bufferMinutes")) {
      return false;
    }
    List<String> have = new ArrayList<>();
    current.path("weekly").forEach(w -> have.add(w.path("day").asString() + " " + hm(w.path("start").asString())
        + "-" + hm(w.path("end").asString())));
    List<String> want = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<Map<String, String>> weekly = (List<Map<String, String>>) wanted.get("weekly");
    weekly.forEach(w -> want.add(w.get("day") + " " + hm(w.get("start")) + "-" + hm(w.get("end"))));
    return have.size() == want.size() && have.containsAll(want);
  }

  private static String hm(String time) {
    return time.length() >= 5 ? time.substring(0, 5) : time;
  }

  // ---- crisis rosters ------------------------------------------------------------------------

  private int rosters(List<String> provinces) {
    Map<String, String> responders = new HashMap<>();
    for (String user : List.of("responder.tibet", "responder.backup")) {
      JsonNode u = admin.find(user);
      if (u != null && u.path("attributes").path("team_id").isArray()) {
        responders.merge(u.path("attributes").path("team_id").get(0).asString(), u.path("id").asString(),
            (a, b) -> a + "," + b);
      }
    }
    Instant from = LocalDate.of(2025, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant until = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(366, ChronoUnit.DAYS);
    List<String> regions = new ArrayList<>(provinces);
    regions.add(NATIONAL_REGION);
    int n = 0;
    for (String region : regions) {
      String team = region.equals(NATIONAL_REGION) ? NATIONAL_TEAM : "team-" + region;
      Http ops = as(OPS);
      Http.Response current = ops.get("/api/v1/crisis/rosters/" + region);
      if (current.status() == 200 && coversNextMonths(current.json(), team)) {
        count("rosters unchanged");
        n++;
        continue;
      }
      List<String> ids = responders.containsKey(team) ? List.of(responders.get(team).split(",")) : List.of();
      Map<String, Object> shift = Map.of("teamId", team, "responderIds", ids, "startsAt", from.toString(),
          "endsAt", until.toString());
      Http.Response r = ops.put("/api/v1/crisis/rosters/" + region, Map.of("shifts", List.of(shift)));
      require(r, 200, "roster of " + region);
      count("rosters set");
      n++;
    }
    return n;
  }

  /** The team is on call from now until at least 30 days ahead. */
  static boolean coversNextMonths(JsonNode roster, String team) {
    Instant now = Instant.now();
    for (JsonNode s : roster.path("shifts")) {
      if (team.equals(s.path("teamId").asString()) && !Instant.parse(s.path("startsAt").asString()).isAfter(now)
          && Instant.parse(s.path("endsAt").asString()).isAfter(now.plus(30, ChronoUnit.DAYS))) {
        return true;
      }
    }
    return false;
  }

  // ---- partner clients -----------------------------------------------------------------------

  private Map<String, String> clients() {
    Map<String, String> existing = new HashMap<>();
    for (JsonNode c : pages(partner(), "/api/v1/clients")) {
      existing.put(c.path("partnerRef").asString(), c.path("id").asString());
    }
    Map<String, String> ids = new LinkedHashMap<>();
    for (ClientPlan plan : SeedPlan.clients()) {
      String id = existing.get(plan.partnerRef());
      if (id == null) {
        Http.Response r = partner().with("Idempotency-Key", "seed-" + plan.partnerRef()).post("/api/v1/clients",
            Map.of("partnerRef", plan.partnerRef(), "provinceCode", plan.provinceCode(),
                "languages", plan.languages(), "ageGroup", plan.ageGroup()));
        require(r, 201, "register " + plan.partnerRef());
        id = r.json().path("id").asString();
        count("partner clients registered");
      } else {
        count("partner clients already there");
      }
      ids.put(plan.partnerRef(), id);
      consent(id, plan.partnerRef(), "SERVICE", "VIDEO");
      consent(id, plan.partnerRef(), "HEALTH_DATA", null);
    }
    return ids;
  }

  private void consent(String clientId, String ref, String kind, String modality) {
    Http.Response list = partner().get("/api/v1/consents?clientId=" + clientId);
    require(list, 200, "consents of " + ref);
    for (JsonNode c : list.json()) {
      if (kind.equals(c.path("kind").asString()) && (modality == null || modality.equals(c.path("modality").asString()))
          && c.path("valid").asBoolean()) {
        count("consents already there");
        return;
      }
    }
    String query = "?kind=" + kind + (modality == null ? "" : "&modality=" + modality);
    Http.Response doc = partner().get("/api/v1/consents/documents/current" + query);
    require(doc, 200, "consent document " + kind);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("clientId", clientId);
    body.put("kind", kind);
    if (modality != null) {
      body.put("modality", modality);
    }
    body.put("documentVersion", doc.json().path("version").asString());
    body.put("answers", ConsentAnswers.forDocument(doc.json()));
    Http.Response r = partner().with("Idempotency-Key", "seed-consent-" + ref + "-" + kind.toLowerCase()
        + "-" + doc.json().path("version").asString()).post("/api/v1/consents", body);
    require(r, 201, "consent " + kind + " of " + ref);
    count("consents granted");
  }

  // ---- demo users ----------------------------------------------------------------------------

  private void demoUsers(List<String> clinicIds, Map<String, String> counsellorIds, Map<String, String> clientIds) {
    count(admin.setAttributes("clinicadmin.demo", Map.of("clinic_id", clinicIds.get(0)))
        ? "demo users updated" : "demo users unchanged");
    // the demo counsellor: the first seeded Tibetan-speaking counsellor in Chengdu (licensed for Tibet too)
    CounsellorPlan chosen = SeedPlan.counsellors(perClinic)
        .stream().filter(c -> counsellorIds.containsKey(c.licenceNumber()))
        .filter(c -> c.languages().contains("bo") && c.clinicNumber() == 8).findFirst()
        .orElseGet(() -> SeedPlan.counsellors(perClinic)
            .stream().filter(c -> counsellorIds.containsKey(c.licenceNumber())).findFirst().orElseThrow());
    ClinicPlan home = SeedPlan.clinics().get(chosen.clinicNumber() - 1);
    count(admin.setAttributes("counselor.demo", Map.of("counselor_id", counsellorIds.get(chosen.licenceNumber()),
        "clinic_id", clinicIds.get(chosen.clinicNumber() - 1), "region_code", home.provinceCode()))
        ? "demo users updated" : "demo users unchanged");
    count(admin.setAttributes("client.demo", Map.of("pseudonym_id", clientIds.get("demo-client-1"),
        "region_code", "540000")) ? "demo users updated" : "demo users unchanged");
  }

  // ---- helpers -------------------------------------------------------------------------------

  /** Every item of a paginated list ({@code items}, pages of 100). */
  static List<JsonNode> pages(Http api, String path) {
    List<JsonNode> all = new ArrayList<>();
    for (int page = 0; page < 1000; page++) {
      Http.Response r = api.get(path + (path.contains("?") ? "&" : "?") + "page=" + page + "&size=100");
      require(r, 200, "list " + path);
      JsonNode items = r.json().path("items");
      items.forEach(all::add);
      if (items.size() < 100) {
        break;
      }
    }
    return all;
  }

  static void require(Http.Response r, int status, String what) {
    if (r.status() != status) {
      throw new IllegalStateException(what + ": expected " + status + ", got " + r);
    }
  }
}
