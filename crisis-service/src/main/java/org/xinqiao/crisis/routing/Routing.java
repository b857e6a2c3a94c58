package org.xinqiao.crisis.routing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.xinqiao.crisis.triage.Severity;

/**
 * The escalation ladder and acknowledgement windows of each region. A ladder starts with the team
 * on call for the client's province (from its roster, else the province's configured team), goes
 * through the configured backups and always ends with the national centre; the emergency step
 * follows the last team. Provinces without a plan go straight to the national centre.
 */
public final class Routing {

  /** Region code used when a client's province is unknown. */
  public static final String UNKNOWN_REGION = "100000";

  private final String nationalTeam;
  private final Map<Severity, Duration> defaultDeadlines;
  private final Map<String, RegionPlan> regions;

  public Routing(String nationalTeam, Map<Severity, Duration> defaultDeadlines, Map<String, RegionPlan> regions) {
    this.nationalTeam = Objects.requireNonNull(nationalTeam, "nationalTeam");
    this.defaultDeadlines = new EnumMap<>(standardDeadlines());
    if (defaultDeadlines != null) {
      this.defaultDeadlines.putAll(defaultDeadlines);
    }
    this.regions = regions == null ? Map.of() : Map.copyOf(regions);
  }

  public static Map<Severity, Duration> standardDeadlines() {
    return Map.of(Severity.IMMINENT, Duration.ofSeconds(60), Severity.HIGH, Duration.ofMinutes(5),
        Severity.MODERATE, Duration.ofHours(1), Severity.LOW, Duration.ofHours(24));
  }

  /** Teams to page in order for a case in {@code regionCode}, given who is on call there now. */
  public List<String> ladder(String regionCode, Optional<String> onCallTeam) {
    RegionPlan plan = regions.get(regionCode);
    LinkedHashSet<String> teams = new LinkedHashSet<>();
    onCallTeam.ifPresent(teams::add);
    if (plan != null) {
      if (plan.homeTeam() != null) {
        teams.add(plan.homeTeam());
      }
      teams.addAll(plan.backups());
    }
    teams.add(nationalTeam);
    return new ArrayList<>(teams);
  }

  /** How long a tier has to acknowledge a case of this severity in this region. */
  public Duration ackWindow(Severity severity, String regionCode) {
    RegionPlan plan = regions.get(regionCode);
    if (plan != null && plan.ackDeadlines().containsKey(severity)) {
      return plan.ackDeadlines().get(severity);
    }
    return defaultDeadlines.get(severity);
  }

  public String nationalTeam() {
    return nationalTeam;
  }
}
