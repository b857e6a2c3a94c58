package org.xinqiao.matching.match;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.xinqiao.matching.counselor.Licence;
import org.xinqiao.matching.region.Province;

/**
 * One evaluation: the criteria, the client's situation, the client's province and the moment,
 * with what every candidate's check reuses computed once: today's date where licences are issued,
 * the proximity score of each home province, and the requested enums as bit masks.
 */
public record MatchQuery(MatchCriteria criteria, ClientSituation situation, Province province, Instant now,
    boolean underServed, LocalDate licensingDate, Map<String, Double> proximityByProvince, int topicMask,
    int approachMask, int modalityBit, int ageGroupBit, long languageMask, long licensingEpochDay) {

  public MatchQuery(MatchCriteria criteria, ClientSituation situation, Province province, Instant now,
      boolean underServed) {
    this(criteria, situation, province, now, underServed, Map.of());
  }

  public MatchQuery(MatchCriteria criteria, ClientSituation situation, Province province, Instant now,
      boolean underServed, Map<String, Double> proximityByProvince) {
    this(criteria, situation, province, now, underServed, LocalDate.ofInstant(now, Licence.LICENSING_ZONE),
        proximityByProvince, Candidate.mask(criteria.topics()), Candidate.mask(criteria.preferredApproaches()),
        1 << criteria.modality().ordinal(), 1 << criteria.ageGroup().ordinal(), LanguageBits.of(criteria.languages()),
        LocalDate.ofInstant(now, Licence.LICENSING_ZONE).toEpochDay());
  }

  /** A licence is valid through its expiry date. */
  public boolean licenceValid(Licence licence) {
    return !licensingDate.isAfter(licence.expiresOn());
  }

  boolean licenceValid(Candidate c) {
    return licensingEpochDay <= c.licenceExpiryEpochDay;
  }
}
