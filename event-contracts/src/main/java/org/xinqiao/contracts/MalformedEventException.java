package org.xinqiao.contracts;

/**
 * The bytes or the {@code data} of an event do not match the contract. Never worth a retry: the
 * consumer sends the original bytes to the dead letter topic with this message as the reason.
 */
public class MalformedEventException extends RuntimeException {

  public MalformedEventException(String message) {
    super(message);
  }

  public MalformedEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
