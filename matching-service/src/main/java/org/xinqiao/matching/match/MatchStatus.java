package org.xinqiao.matching.match;

/** A match request: proposed, waiting for supply, accepted, or replaced by a re-match. */
public enum MatchStatus {
  PROPOSED,
  WAITLISTED,
  ACCEPTED,
  SUPERSEDED
}
