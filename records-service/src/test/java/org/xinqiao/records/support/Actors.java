package org.xinqiao.records.support;

import java.util.Set;
import org.xinqiao.kit.security.Actor;

/** Object Mother of callers, as their access tokens describe them. */
public final class Actors {

  private Actors() {}

  public static Actor partner(String partnerId) {
    return new Actor("svc-" + partnerId, Set.of(Actor.PARTNER), "app-" + partnerId, partnerId, null, null, null, null, null);
  }

  public static Actor client(String clientId) {
    return new Actor("user-" + clientId, Set.of(Actor.CLIENT), "app", null, null, null, null, null, clientId);
  }

  public static Actor counselor(String counselorId) {
    return new Actor("user-" + counselorId, Set.of(Actor.COUNSELOR), "app", null, "clinic-1", null, null, counselorId, null);
  }

  public static Actor supervisor(String counselorId) {
    return new Actor("user-" + counselorId, Set.of(Actor.SUPERVISOR), "app", null, "clinic-1", null, null, counselorId, null);
  }

  public static Actor responder(String teamId) {
    return new Actor("user-resp-" + teamId, Set.of(Actor.CRISIS_RESPONDER), "app", null, null, "540000", teamId, null, null);
  }

  public static Actor auditor() {
    return new Actor("user-auditor", Set.of(Actor.AUDITOR), "app", null, null, null, null, null, null);
  }
}
