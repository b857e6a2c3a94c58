package org.xinqiao.matching.match;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.xinqiao.matching.counselor.Licence;
import org.xinqiao.matching.region.Province;

/**
 * One evaluation: the criteria, the client's situation, the client's province and the moment,
 * with what every candidate's check reuses computed once: today's date where licences are issued
 * and the proximity score of each home province.
 */
public record MatchQuery(MatchCriteria criteria, ClientSituation situation, Province province, Instant now,
    boolean underServed, LocalDate licensingDate, Map<String, Double> proximityByProvince) {

  public MatchQuery(MatchCriteria criteria, ClientSituation situation, Province province, Instant now,
      boolean underServed) {
    this(criteria, situation, province, now, underServed, LocalDate.ofInstant(now, Licence.LICENSING_ZONE), Map.of());
  }

  /** A licence is valid through its expiry date. */
  public boolean licenceValid(Licence licence) {
    return !licensingDate.isAfter(licence.expiresOn());
  }
}
