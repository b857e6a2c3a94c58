package org.xinqiao.matching.match;

import java.util.List;

/** The ranked proposals, best first, or the explanation of an empty result. */
public record MatchOutcome(List<RankedCandidate> proposals, Emptied emptied, boolean underServed) {

  public MatchOutcome {
    proposals = List.copyOf(proposals);
    if (proposals.isEmpty() == (emptied == null)) {
      throw new IllegalArgumentException("an outcome has proposals or an explanation, not both");
    }
  }

  public boolean empty() {
    return proposals.isEmpty();
  }

  public List<String> counselorIds() {
    return proposals.stream().map(RankedCandidate::counselorId).toList();
  }
}
