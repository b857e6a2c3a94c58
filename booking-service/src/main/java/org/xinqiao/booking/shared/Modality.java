package org.xinqiao.booking.shared;

/** How a session is held; consent is per modality. Mirrors the contract enum without depending on it. */
public enum Modality {
  VIDEO,
  AUDIO,
  CHAT,
  ASYNC_MESSAGE
}
