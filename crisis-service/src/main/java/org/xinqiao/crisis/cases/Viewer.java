package org.xinqiao.crisis.cases;

/**
 * Who looks at or acts on cases: a crisis responder of a team, or ops (all cases, no clinical
 * detail).
 */
public record Viewer(String responderId, String teamId, boolean ops) {

  public static Viewer responder(String responderId, String teamId) {
    return new Viewer(responderId, teamId, false);
  }

  public static Viewer opsUser(String subject) {
    return new Viewer(subject, null, true);
  }

  boolean maySee(CrisisCase c) {
    return ops || c.isRoutedTo(teamId);
  }
}
