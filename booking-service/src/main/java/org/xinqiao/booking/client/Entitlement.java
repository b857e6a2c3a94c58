package org.xinqiao.booking.client;

/** What pays for a session: a make-up session owed for an interruption, a free first session, or nothing (paid). */
public enum Entitlement {
  MAKE_UP,
  FREE_FIRST,
  NONE
}
