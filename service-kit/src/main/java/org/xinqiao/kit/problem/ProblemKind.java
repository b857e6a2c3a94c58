package org.xinqiao.kit.problem;

/** What kind of refusal a domain exception is; the web layer maps each kind to one HTTP status. */
public enum ProblemKind {
  /** The thing asked for does not exist, or the caller may not know that it does. */
  NOT_FOUND,
  /** The caller is known but not allowed to act on this object. */
  FORBIDDEN,
  /** The request clashes with the current state (slot taken, illegal transition, legal hold). */
  CONFLICT,
  /** The request is well-formed but breaks a rule (failed comprehension check, past slot). */
  UNPROCESSABLE,
  /** The request itself is malformed. */
  INVALID
}
