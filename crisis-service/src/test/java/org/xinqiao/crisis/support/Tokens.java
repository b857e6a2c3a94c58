package org.xinqiao.crisis.support;

import org.xinqiao.testkit.http.Api;
import org.xinqiao.testkit.jwt.TestJwtIssuer;

/** Callers of the crisis API, with real signed tokens. */
public final class Tokens {

  private final int port;

  public Tokens(int port) {
    this.port = port;
  }

  private static TestJwtIssuer issuer() {
    return TestJwtIssuer.shared();
  }

  public Api client(String clientId) {
    return Api.local(port).as(issuer().token("user-" + clientId, "client").claim("pseudonym_id", clientId).sign());
  }

  public Api partner(String partnerId) {
    return Api.local(port).as(issuer().token("svc-" + partnerId, "partner").claim("partner_id", partnerId).sign());
  }

  public Api counselor(String counselorId) {
    return Api.local(port).as(issuer().token("user-" + counselorId, "counselor").claim("counselor_id", counselorId)
        .claim("clinic_id", "clinic-1").sign());
  }

  public Api responder(String responderId, String teamId) {
    return Api.local(port).as(issuer().token(responderId, "crisis-responder").claim("team_id", teamId)
        .claim("region_code", "540000").sign());
  }

  public Api ops() {
    return Api.local(port).as(issuer().token("ops-1", "ops").sign());
  }

  public Api auditor() {
    return Api.local(port).as(issuer().token("auditor-1", "auditor").sign());
  }
}
