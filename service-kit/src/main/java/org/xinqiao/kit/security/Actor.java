package org.xinqiao.kit.security;

import java.util.Set;

/**
 * Who is calling, as the access token says: subject, realm roles, the OAuth client, and the
 * XinQiao claims object-level rules need. Absent claims are null.
 */
public record Actor(
    String subject,
    Set<String> roles,
    String clientApp,
    String partnerId,
    String clinicId,
    String regionCode,
    String teamId,
    String counselorId,
    String pseudonymId) {

  public static final String CLIENT = "client";
  public static final String PARTNER = "partner";
  public static final String COUNSELOR = "counselor";
  public static final String SUPERVISOR = "supervisor";
  public static final String CLINIC_ADMIN = "clinic-admin";
  public static final String CRISIS_RESPONDER = "crisis-responder";
  public static final String OPS = "ops";
  public static final String AUDITOR = "auditor";

  public boolean has(String role) {
    return roles.contains(role);
  }

  public boolean hasAny(String... wanted) {
    for (String r : wanted) {
      if (roles.contains(r)) {
        return true;
      }
    }
    return false;
  }

  /** A short description for audit entries and logs: role set and subject, nothing else. */
  public String describe() {
    return String.join(",", roles) + ":" + subject;
  }
}
