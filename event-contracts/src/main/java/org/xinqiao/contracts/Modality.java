package org.xinqiao.contracts;

/** How a counselling session is held; consent is given per modality and bookings name one. */
public enum Modality {
  VIDEO,
  AUDIO,
  CHAT,
  ASYNC_MESSAGE
}
