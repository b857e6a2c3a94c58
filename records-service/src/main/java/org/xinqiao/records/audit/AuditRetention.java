package org.xinqiao.records.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xinqiao.records.config.RecordsProperties;

/** Removes audit entries past the configured retention, on a schedule (TTL indexes are not relied on). */
@Component
class AuditRetention {

  private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

  private final AuditLog audit;
  private final RecordsProperties props;

  AuditRetention(AuditLog audit, RecordsProperties props) {
    this.audit = audit;
    this.props = props;
  }

  @Scheduled(fixedDelayString = "${xinqiao.records.audit-sweep-interval:1h}", initialDelayString = "${xinqiao.records.audit-sweep-interval:1h}")
  void sweep() {
    int removed = audit.sweep(props.auditRetention());
    if (removed > 0) {
      log.info("audit retention removed {} entries older than {}", removed, props.auditRetention());
    }
  }
}
