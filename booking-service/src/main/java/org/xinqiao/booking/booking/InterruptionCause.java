package org.xinqiao.booking.booking;

/** Why a session was cut short. */
public enum InterruptionCause {
  CLIENT_NETWORK,
  COUNSELOR_NETWORK,
  PLATFORM
}
