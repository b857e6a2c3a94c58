package org.xinqiao.kit.problem;

import java.io.IOException;

/** A request body grew past the configured limit while it was being read. */
public class PayloadTooLargeException extends IOException {

  public PayloadTooLargeException(long limit) {
    super("request body larger than " + limit + " bytes");
  }
}
