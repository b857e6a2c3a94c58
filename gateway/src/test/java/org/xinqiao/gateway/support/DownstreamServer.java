package org.xinqiao.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server standing in for one downstream service: it records every request (method,
 * path with query, headers, body size) and answers according to its {@link Mode}. It can be stopped
 * and started again on the same port, to play a service that goes down and comes back.
 */
public final class DownstreamServer implements AutoCloseable {

  /** How the server answers. */
  public enum Mode {
    /** 200 with a JSON echo of the request. */
    ECHO,
    /** 503 with a problem document of the service's own. */
    FAIL,
    /** No answer until {@link #release()} or {@link #close()}. */
    HANG
  }

  /** One request as the service saw it. */
  public record Received(String method, String pathAndQuery, Map<String, String> headers,
      long bodyBytes) {

    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String name;
  private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
  private volatile Mode mode = Mode.ECHO;
  private volatile CountDownLatch hanging = new CountDownLatch(1);
  private int port;
  private HttpServer server;
  private ExecutorService executor;

  private DownstreamServer(String name) {
    this.name = name;
  }

  /** Starts a server on a free loopback port. */
  public static DownstreamServer start(String name) {
    DownstreamServer downstream = new DownstreamServer(name);
    downstream.bind(0);
    return downstream;
  }

  public String name() {
    return name;
  }

  public String uri() {
    return "http://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  public void mode(Mode mode) {
    this.mode = mode;
  }

  public List<Received> received() {
    return new ArrayList<>(received);
  }

  public int requestCount() {
    return received.size();
  }

  /** Forgets recorded requests and goes back to echoing. */
  public void reset() {
    release();
    received.clear();
    mode = Mode.ECHO;
  }

  /** Lets hanging requests finish (they then answer 503). */
  public void release() {
    CountDownLatch previous = hanging;
    hanging = new CountDownLatch(1);
    previous.countDown();
  }

  /** Stops listening; connections are refused until {@link #restart()}. */
  public synchronized void stop() {
    if (server != null) {
      release();
      server.stop(0);
      executor.shutdownNow();
      server = null;
    }
  }

  /** Listens again on the same port. */
  public synchronized void restart() {
    if (server == null) {
      Awaitility.await("rebinding port " + port).atMost(Duration.ofSeconds(10))
          .ignoreExceptionsInstanceOf(UncheckedIOException.class)
          .until(() -> {
            bind(port);
            return true;
          });
    }
  }

  @Override
  public void close() {
    stop();
  }

  private void bind(int requestedPort) {
    try {
      HttpServer created = HttpServer.create(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), 50);
      created.createContext("/", this::handle);
      executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "downstream-" + name);
        thread.setDaemon(true);
        return thread;
      });
      created.setExecutor(executor);
      created.start();
      server = created;
      port = created.getAddress().getPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      long bodyBytes = drain(exchange.getRequestBody());
      Map<String, String> headers = new LinkedHashMap<>();
      exchange.getRequestHeaders().forEach((key, values) ->
          headers.put(key.toLowerCase(Locale.ROOT), String.join(",", values)));
      String pathAndQuery = exchange.getRequestURI().getRawPath()
          + (exchange.getRequestURI().getRawQuery() == null
              ? "" : "?" + exchange.getRequestURI().getRawQuery());
      Received request = new Received(exchange.getRequestMethod(), pathAndQuery, headers, bodyBytes);
      received.add(request);
      switch (mode) {
        case ECHO -> respond(exchange, 200, "application/json", echo(request));
        case FAIL -> respond(exchange, 503, "application/problem+json",
            "{\"type\":\"https://xinqiao.org/problems/service-unavailable\",\"status\":503,"
                + "\"service\":\"" + name + "\",\"origin\":\"downstream\"}");
        case HANG -> {
          awaitRelease();
          try {
            respond(exchange, 503, "text/plain", "released");
          } catch (IOException gatewayGaveUp) {
            // the gateway cancelled the call long ago; nobody is listening any more
          }
        }
      }
    }
  }

  private void awaitRelease() {
    try {
      hanging.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String echo(Received request) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("service", name);
    body.put("method", request.method());
    body.put("path", request.pathAndQuery());
    body.put("bodyBytes", request.bodyBytes());
    return JSON.writeValueAsString(body);
  }

  private static void respond(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("Cache-Control", "max-age=3600");
    // services echo the correlation id they received, as the service kit does
    String correlationId = exchange.getRequestHeaders().getFirst("X-Correlation-Id");
    if (correlationId != null) {
      exchange.getResponseHeaders().set("X-Correlation-Id", correlationId);
    }
    if ("HEAD".equals(exchange.getRequestMethod())) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static long drain(InputStream body) throws IOException {
    long total = 0;
    byte[] chunk = new byte[8192];
    for (int read = body.read(chunk); read != -1; read = body.read(chunk)) {
      total += read;
    }
    return total;
  }
}
