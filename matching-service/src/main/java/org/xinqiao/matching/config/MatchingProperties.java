package org.xinqiao.matching.config;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.xinqiao.matching.counselor.Approach;
import org.xinqiao.matching.match.Factor;
import org.xinqiao.matching.match.MatchingRules;

/**
 * {@code xinqiao.matching.*}: factor weights and approach priors (each defaults to
 * {@link MatchingRules#defaults()} when not set), the under-served threshold in verified
 * counsellors per 100,000 people, and how many counsellors to propose.
 */
@ConfigurationProperties("xinqiao.matching")
public record MatchingProperties(
    Map<Factor, Double> weights,
    Map<Approach, Double> approachPriors,
    @DefaultValue("1.0") double underServedPer100k,
    @DefaultValue("5") int topK) {

  public MatchingRules rules() {
    MatchingRules d = MatchingRules.defaults();
    Map<Factor, Double> w = new EnumMap<>(d.weights());
    if (weights != null) {
      w.putAll(weights);
    }
    Map<Approach, Double> p = new EnumMap<>(d.approachPriors());
    if (approachPriors != null) {
      p.putAll(approachPriors);
    }
    return new MatchingRules(w, p, underServedPer100k, topK);
  }
}
