package org.xinqiao.records.access;

/** Allowed or not, why (a stable code), and the purpose the audit log records. */
public record Decision(boolean allowed, String reason, String purpose) {}
