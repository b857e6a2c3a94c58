package org.xinqiao.records.access;

/** What a caller wants to do with a client's data; each is decided and audited. */
public enum Action {
  REGISTER_CLIENT,
  LIST_CLIENTS,
  VIEW_PROFILE,
  EXPORT,
  ERASE,
  READ_EMERGENCY_CONTACT,
  MANAGE_CONSENTS,
  READ_CONSENTS,
  STORE_ASSESSMENT,
  READ_ASSESSMENTS,
  WRITE_NOTE,
  READ_NOTES
}
