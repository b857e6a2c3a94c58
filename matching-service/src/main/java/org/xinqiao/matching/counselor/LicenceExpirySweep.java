package org.xinqiao.matching.counselor;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Applies licence expiry on a schedule (default every 15 minutes). */
@Component
class LicenceExpirySweep {

  private static final Logger log = LoggerFactory.getLogger(LicenceExpirySweep.class);

  private final CounselorService counselors;
  private final Clock clock;

  LicenceExpirySweep(CounselorService counselors, Clock clock) {
    this.counselors = counselors;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${xinqiao.matching.licence-sweep-interval:PT15M}", initialDelayString = "PT10S")
  void sweep() {
    int n = counselors.sweepExpiredLicences(clock.instant());
    if (n > 0) {
      log.info("licence sweep suspended {} counsellors with expired licences", n);
    }
  }
}
