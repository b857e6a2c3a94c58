package org.xinqiao.matching.match;

/**
 * A rule a counsellor must meet to be proposed at all. Each names itself (a stable code) and says,
 * in words, what no remaining counsellor met when it empties the candidate set.
 */
public interface HardConstraint {

  String code();

  boolean admits(Candidate candidate, MatchQuery query);

  /** The condition as a phrase completing "no counsellor licensed for X ...", e.g. "speaks bo". */
  String phrase(MatchQuery query);
}
