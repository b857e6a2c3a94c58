package org.xinqiao.records.client;

/**
 * Who the client really is and whom to call in a crisis. Optional, held only encrypted, returned
 * only by export to the client or its partner and (contact and location) by break-glass.
 */
public record Identity(String realName, String phone, String location, EmergencyContact emergencyContact) {

  public static final Identity NONE = new Identity(null, null, null, null);

  /** A person to call when the client is at risk. */
  public record EmergencyContact(String name, String phone, String relationship) {}

  @Override
  public String toString() {
    return "Identity[redacted]";
  }
}
