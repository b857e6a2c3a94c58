package org.xinqiao.matching.clinic;

import org.xinqiao.kit.problem.DomainException;
import org.xinqiao.kit.problem.ProblemKind;
import org.xinqiao.kit.security.Actor;

/** Object-level rule: a clinic-admin acts only for their own clinic. */
public final class ClinicAccess {

  private ClinicAccess() {}

  public static boolean isAdminOf(Actor actor, String clinicId) {
    return actor.has(Actor.CLINIC_ADMIN) && clinicId != null && clinicId.equals(actor.clinicId());
  }

  public static void requireAdminOf(Actor actor, String clinicId) {
    if (!isAdminOf(actor, clinicId)) {
      throw new NotYourClinic();
    }
  }

  /** Its own clinic-admin, or ops. */
  public static void requireAdminOfOrOps(Actor actor, String clinicId) {
    if (!actor.has(Actor.OPS) && !isAdminOf(actor, clinicId)) {
      throw new NotYourClinic();
    }
  }

  public static final class NotYourClinic extends DomainException {
    public NotYourClinic() {
      super(ProblemKind.FORBIDDEN, "not-your-clinic", "Only the clinic's own administrators may do this.");
    }
  }
}
