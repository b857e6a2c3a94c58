package org.xinqiao.records.consent;

/** How sessions are held; a SERVICE consent names one. */
public enum Modality {
  VIDEO,
  AUDIO,
  CHAT,
  ASYNC_MESSAGE
}
