package org.xinqiao.records.client;

import org.xinqiao.kit.problem.DomainException;
import org.xinqiao.kit.problem.ProblemKind;

/** Refusals about a client record; the message never carries identity. */
public class ClientRefused extends DomainException {

  public ClientRefused(ProblemKind kind, String code, String message) {
    super(kind, code, message);
  }

  public static ClientRefused notFound(String id) {
    return new ClientRefused(ProblemKind.NOT_FOUND, "client-not-found", "No client " + id + ".");
  }

  public static ClientRefused erased(String id) {
    return new ClientRefused(ProblemKind.NOT_FOUND, "client-erased",
        "The personal data of client " + id + " was erased; what remains cannot be read.");
  }

  public static ClientRefused legalHold(String id) {
    return new ClientRefused(ProblemKind.CONFLICT, "legal-hold",
        "Client " + id + " has an open crisis case; erasure waits until the case is resolved.");
  }

  public static ClientRefused referenceTaken() {
    return new ClientRefused(ProblemKind.CONFLICT, "client-reference-taken",
        "This partner already registered a client with this reference.");
  }

  public static ClientRefused invalid(String code, String message) {
    return new ClientRefused(ProblemKind.UNPROCESSABLE, code, message);
  }
}
