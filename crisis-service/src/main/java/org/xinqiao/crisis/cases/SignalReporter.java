package org.xinqiao.crisis.cases;

import org.xinqiao.crisis.triage.SignalKind;

/** Who reports a signal over the API, and for which clients they may. */
public record SignalReporter(SignalKind kind, String id) {

  public static SignalReporter client(String clientId) {
    return new SignalReporter(SignalKind.SELF_REPORT, clientId);
  }

  public static SignalReporter partner(String partnerId) {
    return new SignalReporter(SignalKind.PARTNER_REPORT, partnerId);
  }

  public static SignalReporter counselor(String counselorId) {
    return new SignalReporter(SignalKind.COUNSELOR_REPORT, counselorId);
  }

  /** The client concerned: a client reports only for themselves; others must name the client. */
  public String clientFor(String requested) {
    if (kind == SignalKind.SELF_REPORT) {
      if (requested != null && !requested.equals(id)) {
        throw new CaseRefusals.NotYourClient();
      }
      return id;
    }
    if (requested == null) {
      throw new CaseRefusals.ClientRequired();
    }
    return requested;
  }

  /** Scope of idempotency keys: keys of different callers never collide. */
  public String scope() {
    return kind.name() + ":" + id;
  }
}
