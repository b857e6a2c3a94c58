package org.xinqiao.launcher;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.xinqiao.launcher.net.Http;
import org.xinqiao.launcher.net.Tokens;
import tools.jackson.databind.JsonNode;

/**
 * The main journey through the gateway, step by step, printing each answer's HTTP status and the
 * ids that matter (never identity data): a partner app registers a client in Tibet (540000), who
 * reads the consent document and consents with the comprehension answers, screens at risk on
 * PHQ-9 item 9, is caught by a crisis case for Tibet's team, is matched with explained
 * proposals, and books a slot. Exits 1 when a step fails.
 *
 * <pre>java -cp ... org.xinqiao.launcher.Demo http://127.0.0.1:8080 http://127.0.0.1:8180</pre>
 */
public final class Demo {

  static final Duration EVENTUAL = Duration.ofSeconds(60);

  private final Http gateway;
  private final Tokens tokens;
  private int step;

  public Demo(String gatewayUrl, String keycloakUrl) {
    this.gateway = Http.at(gatewayUrl);
    this.tokens = new Tokens(keycloakUrl);
  }

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: Demo <gatewayUrl> <keycloakUrl>");
      System.exit(2);
    }
    try {
      new Demo(args[0], args[1]).run();
      System.out.println("\nThe journey went through. ✔");
    } catch (StepFailed e) {
      System.out.println("\n✘ " + e.getMessage());
      System.exit(1);
    } catch (RuntimeException e) {
      System.out.println("\n✘ the demo stopped: " + e);
      System.exit(1);
    }
  }

  /** A step that did not get the answer it needed. */
  public static final class StepFailed extends RuntimeException {
    StepFailed(String message) {
      super(message);
    }
  }

  private Http partner() {
    return gateway.bearer(tokens.client(Seed.PARTNER, Seed.PARTNER_SECRET));
  }

  /** Runs the journey; answers the booking id. */
  public String run() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    System.out.println("XinQiao main journey (run " + run + ") through " + "the gateway");

    Http.Response client = expect("partner app registers a client in 540000 (Tibet)", 201,
        partner().with("Idempotency-Key", "demo-register-" + run).post("/api/v1/clients", Map.of(
            "partnerRef", "demo-run-" + run, "provinceCode", "540000", "languages", List.of("bo", "zh"),
            "ageGroup", "ADULT")));
    String clientId = client.json().path("id").asString();
    detail("client id", clientId + " (pseudonymous; province " + client.json().path("provinceCode").asString() + ")");

    Http.Response doc = expect("fetch the current consent document (video)", 200,
        partner().get("/api/v1/consents/documents/current?kind=SERVICE&modality=VIDEO"));
    detail("document", doc.json().path("id").asString() + " v" + doc.json().path("version").asString() + ", "
        + doc.json().path("sections").size() + " sections, " + doc.json().path("questions").size()
        + " comprehension questions");
    Http.Response consent = expect("client consents, answering the comprehension check", 201,
        partner().with("Idempotency-Key", "demo-consent-" + run).post("/api/v1/consents", Map.of(
            "clientId", clientId, "kind", "SERVICE", "modality", "VIDEO",
            "documentVersion", doc.json().path("version").asString(),
            "answers", ConsentAnswers.forDocument(doc.json()))));
    detail("consent id", consent.json().path("id").asString());
    Http.Response healthDoc = expect("fetch the health-data consent document", 200,
        partner().get("/api/v1/consents/documents/current?kind=HEALTH_DATA"));
    Http.Response health = expect("client consents to processing health data (PIPL Art. 29)", 201,
        partner().with("Idempotency-Key", "demo-consent-hd-" + run).post("/api/v1/consents", Map.of(
            "clientId", clientId, "kind", "HEALTH_DATA", "documentVersion", healthDoc.json().path("version").asString(),
            "answers", ConsentAnswers.forDocument(healthDoc.json()))));
    detail("consent id", health.json().path("id").asString());

    Http.Response phq9 = expect("client submits a PHQ-9 with item 9 = 2", 201,
        partner().with("Idempotency-Key", "demo-phq9-" + run).post("/api/v1/assessments", Map.of(
            "clientId", clientId, "instrument", "PHQ9", "answers", List.of(1, 1, 1, 1, 1, 1, 1, 1, 2))));
    detail("assessment", phq9.json().path("id").asString() + ": total " + phq9.json().path("total").asInt() + " ("
        + phq9.json().path("band").asString() + "), risk " + phq9.json().path("riskLevel").asString() + ", flags "
        + phq9.json().path("riskFlags"));

    Http tibet = gateway.bearer(tokens.user("responder.tibet"));
    Http.Response cases = eventually("Tibet's crisis team sees the case opened for the client",
        () -> tibet.get("/api/v1/crisis/cases?status=OPEN&size=100"),
        r -> r.status() == 200 && caseOf(r.json(), clientId) != null,
        "no case for the client reached team-540000 (was ./xq up's seeding, which puts team-540000 on call, run?)");
    JsonNode c = caseOf(cases.json(), clientId);
    detail("case", c.path("id").asString() + ": severity " + c.path("severity").asString() + ", team "
        + c.path("currentTeamId").asString() + ", tier " + c.path("tier").asInt() + ", acknowledge by "
        + c.path("nextDeadline").asString());

    Map<String, Object> criteria = new LinkedHashMap<>();
    criteria.put("clientId", clientId);
    criteria.put("provinceCode", "540000");
    criteria.put("languages", List.of("bo", "zh"));
    criteria.put("topics", List.of("INTERPERSONAL"));
    criteria.put("preferredApproaches", List.of("CBT"));
    criteria.put("modality", "VIDEO");
    criteria.put("ageGroup", "ADULT");
    Http.Response match = eventually("partner asks for a match (languages bo, zh; video; adult)",
        () -> partner().with("Idempotency-Key", "demo-match-" + run).post("/api/v1/matches", criteria),
        r -> r.status() == 201, "matching did not answer with a match");
    String matchId = match.json().path("id").asString();
    JsonNode proposals = match.json().path("proposals");
    detail("match", matchId + ": " + proposals.size() + " proposals" + (proposals.isEmpty()
        ? " — " + match.json().path("explanation").path("message").asString() : ""));
    if (proposals.isEmpty()) {
      throw new StepFailed("step " + step + ": no counsellor proposed (seeded counsellors missing?)");
    }
    for (int i = 0; i < Math.min(3, proposals.size()); i++) {
      JsonNode p = proposals.get(i);
      JsonNode profile = partner().get("/api/v1/counselors/" + p.path("counselorId").asString()).json();
      System.out.printf("      #%d %s  score %.3f  licence %s, speaks %s%n         why: %s%n", p.path("rank").asInt(),
          p.path("counselorId").asString(), p.path("score").asDouble(),
          profile.path("nationalLicence").asBoolean() ? "national" : profile.path("licenceProvinces").toString(),
          profile.path("languages"), p.path("reason").asString());
    }
    String counselorId = proposals.get(0).path("counselorId").asString();
    expect("client accepts the top proposal", 200,
        partner().post("/api/v1/matches/" + matchId + "/accept", Map.of("counselorId", counselorId)));

    Http.Response slots = eventually("free slots of the chosen counsellor",
        () -> partner().get("/api/v1/counselors/" + counselorId + "/slots"),
        r -> r.status() == 200 && r.json().path("slots").size() > 0, "the counsellor has no free slot in 14 days");
    String slot = slots.json().path("slots").get(0).path("start").asString();
    detail("first free slot", slot + " (" + slots.json().path("zone").asString() + ")");
    Http.Response booking = eventually("client books the slot",
        () -> partner().with("Idempotency-Key", "demo-book-" + run).post("/api/v1/bookings", Map.of(
            "clientId", clientId, "counselorId", counselorId, "slotStart", slot, "modality", "VIDEO")),
        r -> r.status() == 201 || r.status() == 409, "booking did not accept the client");
    if (booking.status() != 201) {
      throw new StepFailed("step " + step + ": " + booking);
    }
    String bookingId = booking.json().path("id").asString();
    Http.Response shown = expect("show the booking", 200, partner().get("/api/v1/bookings/" + bookingId));
    detail("booking", bookingId + ": " + shown.json().path("status").asString() + ", counsellor "
        + shown.json().path("counselorId").asString() + ", " + shown.json().path("slotStart").asString() + " – "
        + shown.json().path("slotEnd").asString() + ", entitlement " + shown.json().path("entitlement").asString());
    return bookingId;
  }

  private static JsonNode caseOf(JsonNode page, String clientId) {
    for (JsonNode item : page.path("items")) {
      if (clientId.equals(item.path("clientId").asString(null))) {
        return item;
      }
    }
    return null;
  }

  private Http.Response expect(String what, int status, Http.Response r) {
    step++;
    System.out.printf("%2d. %-62s %d%n", step, what, r.status());
    if (r.status() != status) {
      throw new StepFailed("step " + step + " (" + what + ") answered " + r + "; expected " + status);
    }
    return r;
  }

  /** Repeats a call while the services catch up through their events, bounded. */
  private Http.Response eventually(String what, Supplier<Http.Response> call, Predicate<Http.Response> done,
      String failure) {
    step++;
    long deadline = System.nanoTime() + EVENTUAL.toNanos();
    long pause = 200;
    Http.Response r;
    while (true) {
      r = call.get();
      if (done.test(r)) {
        break;
      }
      if (System.nanoTime() > deadline) {
        System.out.printf("%2d. %-62s %d%n", step, what, r.status());
        throw new StepFailed("step " + step + " (" + what + "): " + failure + "; last answer " + r);
      }
      Http.pauseFor(pause);
      pause = Math.min(pause * 2, 2000);
    }
    System.out.printf("%2d. %-62s %d%n", step, what, r.status());
    return r;
  }

  private static void detail(String label, String value) {
    System.out.printf("      %-16s %s%n", label, value);
  }
}
