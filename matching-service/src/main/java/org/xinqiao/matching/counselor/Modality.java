package org.xinqiao.matching.counselor;

/** How sessions are held: video, audio, instant chat, asynchronous messages. */
public enum Modality {
  VIDEO,
  AUDIO,
  CHAT,
  ASYNC_MESSAGE
}
