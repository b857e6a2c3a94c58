package org.xinqiao.gateway.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.xinqiao.gateway.web.ReactorNettyKeepAlive;
import org.xinqiao.testkit.kafka.KafkaBroker;
import org.xinqiao.testkit.keycloak.KeycloakServer;
import org.xinqiao.testkit.mongo.MongoStore;
import org.xinqiao.testkit.support.FreePorts;
import org.xinqiao.testkit.support.Infra;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;

/**
 * Requests per second and latency through the gateway (JWT validation against the real Keycloak's
 * key set, routing, rate limiting, circuit breaker, retry) against calling the same downstream
 * directly, side by side in one run at fixed concurrency, and how often Keycloak was asked during
 * the run. The gateway runs as deployed: its jar in a process of its own with its image's JVM
 * settings and its shipped configuration (rate limits raised out of the way). Two downstreams are
 * measured, each behind a gateway of its own:
 *
 * <ul>
 *   <li>a no-op Netty server answering {@code {"ok":true}}: the gateway's own cost against almost
 *       nothing, the harshest ratio;
 *   <li>the real matching-service (its jar, started as a process with its image's JVM settings)
 *       answering {@code GET /api/v1/regions} after validating the token itself, as every service
 *       does: what a caller gains or loses by going through the gateway in the deployed network.
 * </ul>
 *
 * <p>Run: {@code ./xq bench gateway [concurrency=16] [seconds per measurement=10] [warm-up seconds per path=60]}.
 * The warm-up (per path) matters: the gateway's filter chain needs the JIT before its figures settle.
 */
public final class GatewayBenchmark {

  private record Paths(String downstream, String direct, String viaGateway) {}

  public static void main(String[] args) throws Exception {
    int concurrency = args.length > 0 ? Integer.parseInt(args[0]) : 16;
    Duration measure = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 10);
    Duration warmup = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 60);

    // the gateway's Reactor Netty settings, before the no-op downstream (also Reactor Netty) loads them
    ReactorNettyKeepAlive.apply();
    // the JDK server (key set proxy) writes headers and body separately: without TCP_NODELAY ~40 ms each
    System.setProperty("sun.net.httpserver.nodelay", "true");
    KeycloakServer keycloak = KeycloakServer.shared();
    AtomicInteger keycloakCalls = new AtomicInteger();
    HttpServer jwks = countingProxy(keycloak.jwksUri(), keycloakCalls);
    DisposableServer noOp = echo();
    String noOpUri = "http://127.0.0.1:" + noOp.port();
    ServiceProcess matching = matchingService(keycloak);
    ServiceProcess gatewayToNoOp = gateway(args, keycloak, jwks, noOpUri, "no-op");
    ServiceProcess gatewayToService = gateway(args, keycloak, jwks, matching.baseUrl(), "matching");
    int exit = 0;
    try {
      String token = keycloak.tokens().user("ops.demo");
      List<Paths> all = List.of(
          new Paths("no-op Netty", noOpUri + "/api/v1/regions", gatewayToNoOp.baseUrl() + "/api/v1/regions"),
          new Paths("matching-service", matching.baseUrl() + "/api/v1/regions",
              gatewayToService.baseUrl() + "/api/v1/regions"));
      LoadDriver driver = new LoadDriver();
      for (Paths paths : all) {
        probe(paths.viaGateway(), token);
      }
      for (Paths paths : all) {
        driver.run("warm-up", paths.direct(), token, concurrency, warmup);
        driver.run("warm-up", paths.viaGateway(), token, concurrency, warmup);
      }
      int callsBefore = keycloakCalls.get();
      int half = Math.max(1, concurrency / 2);
      List<LoadDriver.Result[]> results = new ArrayList<>();
      for (Paths paths : all) {
        results.add(new LoadDriver.Result[] {
            driver.run(paths.downstream() + " direct", paths.direct(), token, concurrency, measure),
            driver.run(paths.downstream() + " via gateway", paths.viaGateway(), token, concurrency, measure),
            driver.run(paths.downstream() + " direct", paths.direct(), token, half, measure),
            driver.run(paths.downstream() + " via gateway", paths.viaGateway(), token, half, measure)});
      }
      int keycloakDuringRun = keycloakCalls.get() - callsBefore;

      System.out.println();
      System.out.println("XinQiao gateway benchmark — " + Runtime.getRuntime().availableProcessors() + " cores, "
          + "closed loop, GET /api/v1/regions, " + measure.toSeconds() + " s per run; load driver and no-op "
          + "downstream in one JVM, each gateway, matching-service and Keycloak in their own");
      for (LoadDriver.Result[] r : results) {
        System.out.println();
        for (LoadDriver.Result result : r) {
          System.out.println(result);
        }
      }
      System.out.println();
      for (int i = 0; i < all.size(); i++) {
        LoadDriver.Result[] r = results.get(i);
        System.out.printf("%-17s throughput gateway/direct at c=%d: %.2fx (target >= 0.30x); "
                + "p50 added at c=%d: %+.2f ms (target <= +2 ms); p99 ratio at c=%d: %.2fx%n",
            all.get(i).downstream(), concurrency, r[1].requestsPerSecond() / r[0].requestsPerSecond(),
            half, r[3].p50Millis() - r[2].p50Millis(), concurrency, r[1].p99Millis() / r[0].p99Millis());
      }
      System.out.println("Keycloak key-set requests from the gateway during the measured runs: " + keycloakDuringRun
          + " (target 0)");
    } catch (Exception e) {
      e.printStackTrace();
      exit = 1;
    } finally {
      gatewayToService.close();
      gatewayToNoOp.close();
      matching.close();
      jwks.stop(0);
      noOp.disposeNow();
    }
    System.exit(exit);
  }

  /** A gateway from its jar routing every service to one downstream; extra Spring arguments follow its own. */
  private static ServiceProcess gateway(String[] args, KeycloakServer keycloak, HttpServer jwks, String downstreamUri,
      String name) throws Exception {
    List<String> arguments = new ArrayList<>(List.of(
        "--xinqiao.security.issuer-uri=" + keycloak.issuerUri(),
        "--xinqiao.security.jwk-set-uri=http://127.0.0.1:" + jwks.getAddress().getPort() + "/certs",
        "--xinqiao.gateway.services.matching.uri=" + downstreamUri,
        "--xinqiao.gateway.services.booking.uri=" + downstreamUri,
        "--xinqiao.gateway.services.crisis.uri=" + downstreamUri,
        "--xinqiao.gateway.services.records.uri=" + downstreamUri,
        "--xinqiao.gateway.rate-limit.default-capacity=1000000000",
        "--xinqiao.gateway.rate-limit.default-refill-per-second=1000000000"));
    arguments.addAll(Arrays.asList(args).subList(Math.min(3, args.length), args.length));
    return ServiceProcess.start(Infra.root().resolve("gateway/target/gateway-0.1.0-SNAPSHOT.jar"),
        FreePorts.next(), Map.of(), arguments, logs().resolve("gateway-" + name + ".log"), Duration.ofSeconds(120));
  }

  private static Path logs() throws Exception {
    return Files.createDirectories(Infra.root().resolve("gateway/target/bench-logs"));
  }

  /** The real matching-service on the test kit's Kafka broker and MongoDB endpoint, trusting the same realm. */
  private static ServiceProcess matchingService(KeycloakServer keycloak) throws Exception {
    Path root = Infra.root();
    // the in-JVM MongoDB endpoint logs every index it creates for the service
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("de.bwaldvogel"))
        .setLevel(ch.qos.logback.classic.Level.ERROR);
    MongoStore mongo = MongoStore.shared();
    Map<String, String> env = new LinkedHashMap<>();
    env.put("XQ_MONGO_URI", mongo.uri("bench-matching"));
    env.put("XQ_KAFKA_BOOTSTRAP", KafkaBroker.shared().bootstrapServers());
    env.put("XQ_ISSUER_URI", keycloak.issuerUri());
    env.put("XINQIAO_SECURITY_ISSUER_URI", keycloak.issuerUri());
    if (mongo.wireServer()) {
      env.put("MANAGEMENT_HEALTH_MONGODB_ENABLED", "false");
    }
    return ServiceProcess.start(root.resolve("matching-service/target/matching-service-0.1.0-SNAPSHOT.jar"),
        FreePorts.next(), env, List.of(), logs().resolve("matching-service.log"), Duration.ofSeconds(180));
  }

  private static void probe(String url, String token) throws Exception {
    HttpResponse<String> probe = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    if (probe.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + probe.statusCode() + ": " + probe.body());
    }
  }

  /** A no-op downstream: a small Netty server answering every request with a fixed JSON body. */
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

  private GatewayBenchmark() {}
}
