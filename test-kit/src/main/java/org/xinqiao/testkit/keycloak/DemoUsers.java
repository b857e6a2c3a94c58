package org.xinqiao.testkit.keycloak;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dev-only accounts of {@code deploy/keycloak/xinqiao-realm.json} (and the test-only second
 * realm): usernames, their realm role, and the demo partner apps. Every demo user has the password
 * {@link #PASSWORD}. None of them may exist in production.
 */
public final class DemoUsers {

  /** Password of every demo user (non-temporary). */
  public static final String PASSWORD = "demo-password";

  /** Role {@code client}; claims {@code pseudonym_id=client-demo-1}, {@code region_code=540000}. */
  public static final String CLIENT = "client.demo";
  /** Role {@code counselor}; {@code counselor_id=counselor-demo-1}, {@code clinic_id=clinic-demo-1}, {@code region_code=510000}. */
  public static final String COUNSELOR = "counselor.demo";
  /** Role {@code supervisor}; {@code counselor_id=supervisor-demo-1}, {@code clinic_id=clinic-demo-1}. */
  public static final String SUPERVISOR = "supervisor.demo";
  /** Role {@code clinic-admin}; {@code clinic_id=clinic-demo-1}. */
  public static final String CLINIC_ADMIN = "clinicadmin.demo";
  /** Role {@code clinic-admin} of another clinic; {@code clinic_id=clinic-demo-2}. */
  public static final String CLINIC_ADMIN_OTHER = "clinicadmin.other";
  /** Role {@code crisis-responder}; {@code team_id=team-540000}, {@code region_code=540000} (Tibet). */
  public static final String RESPONDER_TIBET = "responder.tibet";
  /** Role {@code crisis-responder}; {@code team_id=team-510000}, {@code region_code=510000} (Sichuan, backup team). */
  public static final String RESPONDER_BACKUP = "responder.backup";
  /** Role {@code ops}. */
  public static final String OPS = "ops.demo";
  /** Role {@code auditor}. */
  public static final String AUDITOR = "auditor.demo";
  /** Role {@code ops} in the test-only realm {@value KeycloakServer#OTHER_REALM} (wrong-issuer tests). */
  public static final String OPS_OTHER = "ops.other";

  /** Confidential demo partner app (client credentials); its tokens carry {@code partner_id=partner-demo}. */
  public static final String PARTNER_CLIENT_ID = "demo-partner-app";
  public static final String PARTNER_SECRET = "demo-partner-secret";
  public static final String PARTNER_ID = "partner-demo";
  /** The second demo partner app; its tokens carry {@code partner_id=partner-two}. */
  public static final String PARTNER_2_CLIENT_ID = "demo-partner-app-2";
  public static final String PARTNER_2_SECRET = "demo-partner-2-secret";
  public static final String PARTNER_2_ID = "partner-two";

  private static final Map<String, String> ROLES = new LinkedHashMap<>();

  static {
    ROLES.put(CLIENT, "client");
    ROLES.put(COUNSELOR, "counselor");
    ROLES.put(SUPERVISOR, "supervisor");
    ROLES.put(CLINIC_ADMIN, "clinic-admin");
    ROLES.put(CLINIC_ADMIN_OTHER, "clinic-admin");
    ROLES.put(RESPONDER_TIBET, "crisis-responder");
    ROLES.put(RESPONDER_BACKUP, "crisis-responder");
    ROLES.put(OPS, "ops");
    ROLES.put(AUDITOR, "auditor");
  }

  private DemoUsers() {}

  /** The demo users of realm {@code xinqiao}, in the order above. */
  public static List<String> all() {
    return List.copyOf(ROLES.keySet());
  }

  /** The realm role a demo user of realm {@code xinqiao} holds. */
  public static String roleOf(String username) {
    String role = ROLES.get(username);
    if (role == null) {
      throw new IllegalArgumentException("not a demo user of realm xinqiao: " + username);
    }
    return role;
  }
}
