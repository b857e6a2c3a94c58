package org.xinqiao.matching.match;

import java.util.Collection;
import org.xinqiao.matching.counselor.AgeGroup;
import org.xinqiao.matching.counselor.Modality;

/** Where the matcher finds counsellors. */
public interface CandidatePool {

  /**
   * Every verified counsellor with room for another client whose licence covers the province and
   * who offers the modality and serves the age group (a superset: the hard constraints still apply).
   */
  Collection<Candidate> narrowed(String provinceCode, Modality modality, AgeGroup ageGroup);

  /** Every verified counsellor whose licence covers the province (the whole country included). */
  Collection<Candidate> covering(String provinceCode);

  /** One counsellor, in any state. */
  java.util.Optional<Candidate> get(String id);

  /** Every counsellor known, in any state. */
  Collection<Candidate> all();

  /** Verified counsellors based in the province (the local supply). */
  int verifiedIn(String provinceCode);
}
