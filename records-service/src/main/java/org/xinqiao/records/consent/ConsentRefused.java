package org.xinqiao.records.consent;

import org.xinqiao.kit.problem.DomainException;
import org.xinqiao.kit.problem.ProblemKind;

/** A consent request that clashes with the catalogue or the consent's state. */
public class ConsentRefused extends DomainException {

  public ConsentRefused(ProblemKind kind, String code, String message) {
    super(kind, code, message);
  }

  static ConsentRefused outdated(String given, String current) {
    return new ConsentRefused(ProblemKind.CONFLICT, "consent-document-outdated",
        "Version " + given + " is not the current version " + current + " of this consent document.");
  }

  static ConsentRefused alreadyWithdrawn() {
    return new ConsentRefused(ProblemKind.CONFLICT, "consent-already-withdrawn", "This consent was already withdrawn.");
  }

  static ConsentRefused alreadyActive() {
    return new ConsentRefused(ProblemKind.CONFLICT, "consent-already-active",
        "The client already holds this consent for the current version.");
  }

  static ConsentRefused noSuchDocument() {
    return new ConsentRefused(ProblemKind.NOT_FOUND, "consent-document-not-found",
        "No consent document of this kind and modality.");
  }
}
