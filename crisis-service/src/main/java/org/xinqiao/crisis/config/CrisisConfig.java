package org.xinqiao.crisis.config;

import com.mongodb.WriteConcern;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xinqiao.crisis.cases.CaseMetrics;
import org.xinqiao.crisis.cases.persistence.CaseStore;
import org.xinqiao.crisis.cases.timer.EscalationTimer;
import org.xinqiao.crisis.routing.RegionPlan;
import org.xinqiao.crisis.routing.Routing;
import org.xinqiao.crisis.triage.Triage;
import org.xinqiao.crisis.triage.TriageRule;
import org.xinqiao.kit.outbox.OutboxRelay;

@Configuration
@EnableConfigurationProperties(CrisisProperties.class)
class CrisisConfig {

  private static final Duration LONGEST_POLL = Duration.ofMillis(200);

  /**
   * A signal is answered 202 only once it is durable: writes wait for a majority of the replica
   * set and the journal, so a primary failing over cannot roll an accepted signal back.
   */
  @Bean
  MongoClientSettingsBuilderCustomizer durableWrites() {
    return settings -> settings.writeConcern(WriteConcern.MAJORITY.withJournal(true));
  }

  @Bean
  Triage triage(CrisisProperties props) {
    if (props.triageRules() == null || props.triageRules().isEmpty()) {
      return Triage.standard();
    }
    List<TriageRule> rules = props.triageRules().stream()
        .map(r -> new TriageRule(r.name(), r.kinds() == null || r.kinds().isEmpty() ? Set.of() : EnumSet.copyOf(r.kinds()),
            r.presentDanger(), r.instrument(), r.riskLevelAtLeast(), r.riskFlag(), r.latestRiskAtLeast(), r.severity()))
        .toList();
    return new Triage(rules);
  }

  @Bean
  Routing routing(CrisisProperties props) {
    Map<String, RegionPlan> regions = new HashMap<>();
    if (props.regions() != null) {
      props.regions().forEach((code, r) -> regions.put(code, new RegionPlan(r.homeTeam(), r.backups(), r.ackDeadlines())));
    }
    return new Routing(props.nationalTeam(), props.ackDeadlines(), regions);
  }

  @Bean
  EscalationTimer escalationTimer(CaseStore store, Clock clock, CaseMetrics metrics, OutboxRelay relay,
      CrisisProperties props) {
    Duration poll = props.timer().pollInterval().compareTo(LONGEST_POLL) > 0 ? LONGEST_POLL : props.timer().pollInterval();
    return new EscalationTimer(store, clock, metrics, relay, poll, props.timer().lease(), props.emergencyStepFor()) {
      @Override
      public void start() {
        if (props.timer().enabled()) {
          super.start();
        }
      }
    };
  }

}
