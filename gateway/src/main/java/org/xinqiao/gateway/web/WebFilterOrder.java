package org.xinqiao.gateway.web;

import org.springframework.core.Ordered;

/**
 * Where the gateway's own web filters run: all of them before Spring Security's filter chain
 * (order -100), so that even a refused request carries its correlation id and security headers, and
 * an oversized or TRACE request is refused before any token work.
 */
final class WebFilterOrder {

  static final int CORRELATION_ID = Ordered.HIGHEST_PRECEDENCE;
  static final int SECURITY_HEADERS = Ordered.HIGHEST_PRECEDENCE + 10;
  static final int ALLOWED_METHODS = Ordered.HIGHEST_PRECEDENCE + 20;
  static final int REQUEST_SIZE = Ordered.HIGHEST_PRECEDENCE + 30;

  private WebFilterOrder() {}
}
