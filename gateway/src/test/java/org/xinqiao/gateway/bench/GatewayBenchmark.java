package org.xinqiao.gateway.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.WebApplicationType;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.xinqiao.gateway.GatewayApplication;
import org.xinqiao.gateway.web.ReactorNettyKeepAlive;
import org.xinqiao.testkit.keycloak.KeycloakServer;
import org.xinqiao.testkit.support.FreePorts;

/**
 * Requests per second and latency through the gateway (JWT validation against the real Keycloak's
 * key set, routing, rate limiting, circuit breaker) against calling the same downstream directly,
 * side by side in one run at fixed concurrency, and how often Keycloak was asked during the run.
 *
 * <p>Run: {@code ./xq bench gateway [concurrency=16] [seconds per measurement=10] [warm-up seconds=20]}.
 * The warm-up matters: the gateway's filter chain needs the JIT before its figures settle.
 */
public final class GatewayBenchmark {

  public static void main(String[] args) throws Exception {
    int concurrency = args.length > 0 ? Integer.parseInt(args[0]) : 16;
    Duration measure = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 10);
    Duration warmup = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 20);

    // the gateway's Reactor Netty settings, before the downstream (also Reactor Netty) loads them
    ReactorNettyKeepAlive.apply();
    // the JDK server (key set proxy) writes headers and body separately: without TCP_NODELAY ~40 ms each
    System.setProperty("sun.net.httpserver.nodelay", "true");
    KeycloakServer keycloak = KeycloakServer.shared();
    AtomicInteger keycloakCalls = new AtomicInteger();
    HttpServer jwks = countingProxy(keycloak.jwksUri(), keycloakCalls);
    DisposableServer downstream = echo();
    int gatewayPort = FreePorts.next();
    String downstreamUri = "http://127.0.0.1:" + downstream.port();

    ConfigurableApplicationContext gateway = new SpringApplicationBuilder(GatewayApplication.class)
        .web(WebApplicationType.REACTIVE)
        // command-line arguments: they outrank the gateway's application.yml; extra ones follow
        .run(withExtra(args,
            "--server.port=" + gatewayPort,
            "--server.address=127.0.0.1",
            "--xinqiao.security.issuer-uri=" + keycloak.issuerUri(),
            "--xinqiao.security.jwk-set-uri=http://127.0.0.1:" + jwks.getAddress().getPort() + "/certs",
            "--xinqiao.gateway.services.matching.uri=" + downstreamUri,
            "--xinqiao.gateway.services.booking.uri=" + downstreamUri,
            "--xinqiao.gateway.services.crisis.uri=" + downstreamUri,
            "--xinqiao.gateway.services.records.uri=" + downstreamUri,
            "--xinqiao.gateway.rate-limit.default-capacity=1000000000",
            "--xinqiao.gateway.rate-limit.default-refill-per-second=1000000000",
            "--management.tracing.sampling.probability=0.0",
            "--logging.structured.format.console=",
            "--logging.level.root=WARN"));
    int exit = 0;
    try {
      String token = keycloak.tokens().user("ops.demo");
      String direct = downstreamUri + "/api/v1/regions";
      String viaGateway = "http://127.0.0.1:" + gatewayPort + "/api/v1/regions";
      LoadDriver driver = new LoadDriver();
      HttpResponse<String> probe = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(viaGateway))
          .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
      if (probe.statusCode() != 200) {
        throw new IllegalStateException("the gateway answered " + probe.statusCode() + ": " + probe.body());
      }
      if (Boolean.getBoolean("show-headers")) {
        System.out.println("gateway answer headers: " + probe.headers().map());
      }

      driver.run("warm-up direct", direct, token, concurrency, warmup);
      driver.run("warm-up gateway", viaGateway, token, concurrency, warmup);
      int callsBefore = keycloakCalls.get();

      LoadDriver.Result directFull = driver.run("direct", direct, token, concurrency, measure);
      LoadDriver.Result gatewayFull = driver.run("gateway (JWT + route)", viaGateway, token, concurrency, measure);
      int half = Math.max(1, concurrency / 2);
      LoadDriver.Result directHalf = driver.run("direct", direct, token, half, measure);
      LoadDriver.Result gatewayHalf = driver.run("gateway (JWT + route)", viaGateway, token, half, measure);
      int keycloakDuringRun = keycloakCalls.get() - callsBefore;

      System.out.println();
      System.out.println("XinQiao gateway benchmark — " + Runtime.getRuntime().availableProcessors() + " cores, "
          + "closed loop, GET /api/v1/regions, " + measure.toSeconds() + " s per run, all in one JVM");
      System.out.println(directFull);
      System.out.println(gatewayFull);
      System.out.println(directHalf);
      System.out.println(gatewayHalf);
      System.out.printf("throughput ratio gateway/direct at c=%d: %.2fx (target >= 0.30x)%n", concurrency,
          gatewayFull.requestsPerSecond() / directFull.requestsPerSecond());
      System.out.printf("p50 added at c=%d: %+.2f ms (target <= +2 ms)%n", half,
          gatewayHalf.p50Millis() - directHalf.p50Millis());
      System.out.printf("p99 ratio at c=%d: %.2fx%n", concurrency, gatewayFull.p99Millis() / directFull.p99Millis());
      System.out.println("Keycloak requests during the measured runs: " + keycloakDuringRun + " (target 0)");
    } catch (Exception e) {
      e.printStackTrace();
      exit = 1;
    } finally {
      gateway.close();
      jwks.stop(0);
      downstream.disposeNow();
    }
    System.exit(exit);
  }

  /** The downstream both paths call: a small Netty server answering every request with a fixed JSON body. */
  private static DisposableServer echo() {
    return reactor.netty.http.server.HttpServer.create()
        .host("127.0.0.1")
        .port(0)
        .handle((request, response) -> response
            .header("Content-Type", "application/json")
            .sendString(Mono.just("{\"ok\":true}")))
        .bindNow();
  }

  /** Forwards key set requests to Keycloak and counts them. */
  private static HttpServer countingProxy(String target, AtomicInteger calls) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    server.createContext("/certs", exchange -> {
      calls.incrementAndGet();
      try {
        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(target)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(r.statusCode(), r.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(r.body());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        exchange.sendResponseHeaders(503, -1);
      }
    });
    server.start();
    return server;
  }

  /** Spring arguments after the first three benchmark arguments, e.g. {@code --management.tracing.enabled=false}. */
  private static String[] withExtra(String[] args, String... fixed) {
    java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(fixed));
    for (int i = 3; i < args.length; i++) {
      all.add(args[i]);
    }
    return all.toArray(String[]::new);
  }

  private GatewayBenchmark() {}
}
