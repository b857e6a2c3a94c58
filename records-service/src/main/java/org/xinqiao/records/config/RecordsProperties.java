package org.xinqiao.records.config;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.xinqiao.records.assessment.BandSet;
import org.xinqiao.records.assessment.Instrument;

/**
 * Settings of the records service.
 *
 * @param masterKey base64 of the 32-byte master key that wraps client data keys (from the environment in production)
 * @param auditRetention how long audit entries are kept (at least 6 months; default 400 days)
 * @param auditSweepInterval how often entries past retention are removed
 * @param scoring severity bands per instrument and locale ({@code default} required), versioned
 */
@ConfigurationProperties("xinqiao.records")
public record RecordsProperties(
    String masterKey,
    @DefaultValue("400d") Duration auditRetention,
    @DefaultValue("1h") Duration auditSweepInterval,
    Map<Instrument, Map<String, BandSet>> scoring) {

  static final Duration MINIMUM_RETENTION = Duration.ofDays(183);

  public RecordsProperties {
    if (auditRetention.compareTo(MINIMUM_RETENTION) < 0) {
      throw new IllegalArgumentException("xinqiao.records.audit-retention must be at least 183 days");
    }
  }
}
