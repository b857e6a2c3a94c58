package org.xinqiao.booking.shared;

import java.util.Map;
import org.xinqiao.kit.problem.DomainException;
import org.xinqiao.kit.problem.ProblemKind;

/**
 * Every refusal of this service, each with its own stable problem type code. Domain exceptions
 * carry no HTTP; the kit's advice maps their kind to a status.
 */
public final class Refusals {

  private Refusals() {}

  /** A refusal with a stable code. */
  public static class Refusal extends DomainException {
    private final Map<String, Object> details;

    public Refusal(ProblemKind kind, String code, String message, Map<String, Object> details) {
      super(kind, code, message);
      this.details = Map.copyOf(details);
    }

    public Refusal(ProblemKind kind, String code, String message) {
      this(kind, code, message, Map.of());
    }

    @Override
    public Map<String, Object> details() {
      return details;
    }
  }

  public static Refusal notFound(String what, String id) {
    return new Refusal(ProblemKind.NOT_FOUND, what + "-not-found", "No " + what + " " + id + " visible to the caller.");
  }

  public static Refusal notAllowed(String message) {
    return new Refusal(ProblemKind.FORBIDDEN, "action-not-allowed", message);
  }

  public static Refusal illegalTransition(String bookingId, Object status, String action) {
    return new Refusal(ProblemKind.CONFLICT, "illegal-transition",
        "Booking " + bookingId + " is " + status + " and cannot " + action + ".",
        Map.of("status", String.valueOf(status), "action", action));
  }

  public static Refusal invalid(String code, String message) {
    return new Refusal(ProblemKind.INVALID, code, message);
  }

  public static Refusal unprocessable(String code, String message) {
    return new Refusal(ProblemKind.UNPROCESSABLE, code, message);
  }

  public static Refusal conflict(String code, String message) {
    return new Refusal(ProblemKind.CONFLICT, code, message);
  }
}
