package org.xinqiao.gateway.web;

/**
 * Keeps HTTP/1.1 keep-alive connections reading in Reactor Netty 1.3.x (reactor/reactor-netty#4361,
 * fixed after 1.3.7). When a client sends its next request on a reused connection before the
 * server has finished with the previous one (typical after a response completed off the event
 * loop, as actuator health does on boundedElastic), the server queues that request and can stop
 * reading the connection: the request hangs. With {@code lastFlushWhenNoRead} the server finishes
 * the previous request before it reads the next, so the next one is handled at once.
 *
 * <p>The switch is a JVM system property read once, when Reactor Netty's server classes load, so it
 * is applied before the web server starts. An operator's own {@code -D} setting wins. Remove once
 * Spring Boot manages a Reactor Netty with the fix. (HTTP pipelining, where a client sends several
 * requests without waiting for answers, is not covered by this switch; the ingress in front of the
 * gateway does not pipeline.)
 */
public final class ReactorNettyKeepAlive {

  static final String PROPERTY = "reactor.netty.http.server.lastFlushWhenNoRead";

  private ReactorNettyKeepAlive() {}

  public static void apply() {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, "true");
    }
  }
}
