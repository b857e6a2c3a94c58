package org.xinqiao.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinqiao.testkit.http.Api;
import org.xinqiao.testkit.kafka.KafkaBroker;
import org.xinqiao.testkit.keycloak.KeycloakServer;
import org.xinqiao.testkit.mongo.MongoStore;
import org.xinqiao.testkit.support.FreePorts;
import org.xinqiao.testkit.support.Infra;

/**
 * The whole XinQiao network for end-to-end tests, once per test JVM: the four services and the
 * gateway as child processes started from their repackaged jars, on free loopback ports, wired to
 * the test kit's real Kafka broker, MongoDB endpoint and Keycloak. Crisis acknowledgement windows
 * are shortened and Tibet's ladder is set (home team {@value #TIBET_TEAM}, backup
 * {@value #TIBET_BACKUP_TEAM}) through the environment, so a missed deadline rolls over within
 * seconds. Logs go to {@code e2e-tests/target/e2e-logs/}; the processes die with the JVM.
 */
public final class Network {

  /** Every acknowledgement window in this network. */
  public static final Duration ACK_DEADLINE = Duration.ofSeconds(10);
  public static final String TIBET = "540000";
  public static final String TIBET_TEAM = "team-540000";
  public static final String TIBET_BACKUP_TEAM = "team-510000";

  static final String VERSION = "0.1.0-SNAPSHOT";
  static final Duration START_BOUND = Duration.ofSeconds(
      Long.getLong("xinqiao.e2e.start-timeout-seconds", 240));

  private static final Logger log = LoggerFactory.getLogger(Network.class);
  private static Network shared;
  private static RuntimeException sharedFailure;

  private final KeycloakServer keycloak;
  private final Map<String, Integer> ports;
  private final List<Process> processes;
  private final Duration startupTime;

  private Network(KeycloakServer keycloak, Map<String, Integer> ports, List<Process> processes, Duration startupTime) {
    this.keycloak = keycloak;
    this.ports = ports;
    this.processes = processes;
    this.startupTime = startupTime;
  }

  /** The network of this test JVM, started on first call; if it cannot start, every call fails the same way. */
  public static synchronized Network shared() {
    if (shared != null) {
      return shared;
    }
    if (sharedFailure != null) {
      throw new IllegalStateException("the network failed to start earlier in this JVM", sharedFailure);
    }
    try {
      shared = start();
      return shared;
    } catch (RuntimeException e) {
      sharedFailure = e;
      throw e;
    }
  }

  public KeycloakServer keycloak() {
    return keycloak;
  }

  /** Scheme, host and port of the gateway, e.g. {@code http://127.0.0.1:41234}. */
  public String gatewayUrl() {
    return "http://127.0.0.1:" + ports.get("gateway");
  }

  /** The gateway, without a token. */
  public Api gateway() {
    return Api.at(gatewayUrl());
  }

  /** The gateway with this bearer token. */
  public Api as(String token) {
    return gateway().as(token);
  }

  public int port(String name) {
    return ports.get(name);
  }

  public Duration startupTime() {
    return startupTime;
  }

  private static Network start() {
    long started = System.nanoTime();
    Path root = Infra.root();
    Path logs = root.resolve("e2e-tests/target/e2e-logs");
    try {
      Files.createDirectories(logs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Keycloak is the slowest part: start it beside Kafka and the MongoDB endpoint.
    CompletableFuture<KeycloakServer> keycloakStart = CompletableFuture.supplyAsync(KeycloakServer::shared);
    String bootstrap = KafkaBroker.shared().bootstrapServers();
    MongoStore mongo = MongoStore.shared();
    KeycloakServer keycloak = keycloakStart.join();
    String issuer = keycloak.issuerUri();

    Map<String, Integer> ports = new LinkedHashMap<>();
    for (String name : List.of("matching", "booking", "crisis", "records", "gateway")) {
      ports.put(name, FreePorts.next());
    }
    List<Process> processes = new CopyOnWriteArrayList<>();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(processes), "e2e-network-stop"));
    for (String name : List.of("matching", "booking", "crisis", "records")) {
      Map<String, String> env = new LinkedHashMap<>();
      env.put("SERVER_PORT", String.valueOf(ports.get(name)));
      env.put("SERVER_ADDRESS", "127.0.0.1");
      env.put("XQ_MONGO_URI", mongo.uri(name));
      env.put("XQ_KAFKA_BOOTSTRAP", bootstrap);
      env.put("XQ_ISSUER_URI", issuer);
      env.put("XINQIAO_SECURITY_ISSUER_URI", issuer);
      if (mongo.wireServer()) {
        env.put("MANAGEMENT_HEALTH_MONGODB_ENABLED", "false");
      }
      if (name.equals("crisis")) {
        env.put("SPRING_APPLICATION_JSON", crisisSettings());
      }
      processes.add(launch(root, name + "-service", env, logs));
    }
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PORT", String.valueOf(ports.get("gateway")));
    env.put("SERVER_PORT", String.valueOf(ports.get("gateway")));
    env.put("SERVER_ADDRESS", "127.0.0.1");
    env.put("KEYCLOAK_ISSUER_URI", issuer);
    env.put("XINQIAO_SECURITY_ISSUER_URI", issuer);
    for (String name : List.of("matching", "booking", "crisis", "records")) {
      env.put("XINQIAO_GATEWAY_SERVICES_" + name.toUpperCase() + "_URI", "http://127.0.0.1:" + ports.get(name));
    }
    processes.add(launch(root, "gateway", env, logs));

    List<String> names = List.of("matching-service", "booking-service", "crisis-service", "records-service", "gateway");
    long deadline = System.nanoTime() + START_BOUND.toNanos();
    int i = 0;
    for (String name : List.of("matching", "booking", "crisis", "records", "gateway")) {
      awaitHealthy(names.get(i), processes.get(i), ports.get(name), deadline, logs);
      i++;
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    log.info("network up in {} s: gateway {}, keycloak {}", took.toSeconds(), ports.get("gateway"), keycloak.baseUrl());
    return new Network(keycloak, ports, processes, took);
  }

  /**
   * Crisis configuration for the tests, as {@code SPRING_APPLICATION_JSON} (the exact property
   * names of {@code xinqiao.crisis}, above application.yml): every window {@link #ACK_DEADLINE},
   * Tibet's home team the realm's {@code team-540000} and its backup {@code team-510000}.
   */
  static String crisisSettings() {
    String window = ACK_DEADLINE.toSeconds() + "s";
    String windows = "{\"IMMINENT\":\"" + window + "\",\"HIGH\":\"" + window + "\",\"MODERATE\":\"" + window
        + "\",\"LOW\":\"" + window + "\"}";
    return "{\"xinqiao\":{\"crisis\":{\"ack-deadlines\":" + windows + ",\"regions\":{\"" + TIBET + "\":{"
        + "\"home-team\":\"" + TIBET_TEAM + "\",\"backups\":[\"" + TIBET_BACKUP_TEAM + "\"],\"ack-deadlines\":"
        + windows + "}}}}}";
  }

  private static Process launch(Path root, String module, Map<String, String> env, Path logs) {
    Path built = root.resolve(module).resolve("target").resolve(module + "-" + VERSION + ".jar");
    if (!Files.isRegularFile(built)) {
      throw new IllegalStateException(built + " is missing: build it first (./mvnw -o -q -DskipTests install -pl "
          + module + " -am)");
    }
    // run a copy: a rebuild of the module while the tests run must not pull the jar from under the process
    Path jar = logs.resolveSibling("e2e-jars").resolve(module + ".jar");
    try {
      Files.createDirectories(jar.getParent());
      Files.copy(built, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + built, e);
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-Xss512k", "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1", "-Djava.security.egd=file:/dev/./urandom", "-jar", jar.toString())
        .directory(root.resolve(module).toFile())
        .redirectErrorStream(true)
        .redirectOutput(logs.resolve(module + ".log").toFile());
    pb.environment().putAll(env);
    try {
      return pb.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + module, e);
    }
  }

  private static void awaitHealthy(String module, Process process, int port, long deadline, Path logs) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
        .timeout(Duration.ofSeconds(5)).build();
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException(module + " exited with " + process.exitValue() + " while starting:\n"
            + tail(logs.resolve(module + ".log")));
      }
      if (failedToStart(logs.resolve(module + ".log"))) {
        process.destroyForcibly();
        throw new IllegalStateException(module + " failed to start:\n" + tail(logs.resolve(module + ".log")));
      }
      try {
        HttpResponse<String> r = http.send(health, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(module + " not healthy within " + START_BOUND.toSeconds() + " s:\n"
            + tail(logs.resolve(module + ".log")));
      }
      try {
        // the bound above limits this polling loop; each look costs one HTTP round trip
        process.waitFor(250, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** Spring Boot gave up (the JVM may linger on non-daemon threads). */
  private static boolean failedToStart(Path log) {
    try {
      String text = Files.readString(log, StandardCharsets.UTF_8);
      return text.contains("APPLICATION FAILED TO START") || text.contains("Exception in thread \"main\"");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static String tail(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException | RuntimeException e) {
      return "(no log: " + e + ")";
    }
  }

  private static void stopAll(List<Process> processes) {
    for (Process p : processes) {
      p.destroy();
    }
    for (Process p : processes) {
      try {
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
