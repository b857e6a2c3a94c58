package org.xinqiao.gateway.web;

import org.xinqiao.gateway.problem.ProblemException;
import org.xinqiao.gateway.problem.ProblemType;

/** A request body over the configured limit: answered 413. */
public class PayloadTooLargeException extends ProblemException {

  public PayloadTooLargeException(long limitBytes) {
    super(ProblemType.PAYLOAD_TOO_LARGE,
        "The request body exceeds the limit of " + limitBytes + " bytes.");
  }
}
