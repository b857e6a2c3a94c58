package org.xinqiao.kit.messaging;

/** An event that parsed but breaks its contract (a required field missing, a value out of range). Never retried. */
public class InvalidEventException extends RuntimeException {

  public InvalidEventException(String message) {
    super(message);
  }
}
