package org.xinqiao.matching.match;

import java.time.Instant;
import org.xinqiao.matching.region.Province;

/** One evaluation: the criteria, the client's situation, the client's province and the moment. */
public record MatchQuery(MatchCriteria criteria, ClientSituation situation, Province province, Instant now,
    boolean underServed) {}
