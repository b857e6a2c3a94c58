package org.xinqiao.testkit.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinqiao.testkit.support.FreePorts;
import org.xinqiao.testkit.support.Infra;

/**
 * Keycloak as a local process: the Quarkus distribution that the build unpacks from Maven Central,
 * started with {@code kc.sh start-dev} on free loopback ports, with the dev H2 database wiped first
 * so that the realm files are imported fresh.
 *
 * <p>One distribution folder serves one Keycloak at a time. A JVM holds an exclusive file lock on
 * it while its Keycloak runs; a second JVM (or a second instance in this JVM) that finds the folder
 * locked runs from a private copy under {@code target/keycloak/instances/}, deleted again on stop.
 */
final class EmbeddedKeycloak implements KeycloakServer.Backend {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedKeycloak.class);
  private static final String PID_FILE = "xinqiao-keycloak.pids";
  private static final int LOG_TAIL_LINES = 80;

  private final Process process;
  private final Path home;
  private final Path logFile;
  private final String baseUrl;
  private final String adminPassword;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final boolean privateCopy;
  private boolean stopped;

  private EmbeddedKeycloak(Process process, Path home, Path logFile, String baseUrl, String adminPassword,
      FileChannel lockChannel, FileLock lock, boolean privateCopy) {
    this.adminPassword = adminPassword;
    this.process = process;
    this.home = home;
    this.logFile = logFile;
    this.baseUrl = baseUrl;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.privateCopy = privateCopy;
  }

  /** The distribution folder: {@code xinqiao.keycloak.home}, else {@code <root>/target/keycloak/keycloak-<version>}. */
  static Path distribution(Path root) {
    String configured = System.getProperty("xinqiao.keycloak.home");
    Path home = configured != null && !configured.isBlank()
        ? Paths.get(configured)
        : root.resolve("target").resolve("keycloak").resolve("keycloak-" + KeycloakServer.VERSION);
    home = home.toAbsolutePath().normalize();
    if (!Files.isRegularFile(home.resolve("bin").resolve("kc.sh"))) {
      throw new IllegalStateException("No Keycloak distribution at " + home + ". The test-kit build unpacks it: run "
          + "./mvnw -pl test-kit generate-resources (or set -Dxinqiao.keycloak.home=<unpacked keycloak-"
          + KeycloakServer.VERSION + ">)");
    }
    return home;
  }

  static EmbeddedKeycloak start(Path root, List<Path> realmFiles, Duration timeout) {
    Path shared = distribution(root);
    Path home = shared;
    boolean privateCopy = false;
    FileChannel channel = null;
    FileLock lock = null;
    try {
      channel = FileChannel.open(shared.resolveSibling(shared.getFileName() + ".lock"),
          StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      lock = tryLock(channel);
      if (lock == null) {
        channel.close();
        Path instances = shared.getParent().resolve("instances");
        sweepStaleCopies(instances);
        Path instance = instances.resolve(ProcessHandle.current().pid() + "-" + System.nanoTime());
        Files.createDirectories(instance);
        channel = FileChannel.open(instance.resolve("instance.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        lock = channel.lock();
        home = instance.resolve(shared.getFileName());
        log.info("Keycloak distribution {} is in use by another Keycloak; running from a private copy {}", shared, home);
        copyDistribution(shared, home);
        privateCopy = true;
      }
      killOrphans(home);
    } catch (IOException e) {
      release(channel, lock);
      throw new UncheckedIOException("cannot prepare the Keycloak distribution " + home, e);
    }

    IllegalStateException failure = null;
    for (int attempt = 1; attempt <= 2; attempt++) {
      try {
        return launch(home, realmFiles, timeout, channel, lock, privateCopy);
      } catch (PortTakenException e) {
        failure = e;
        log.warn("Keycloak could not bind its port (attempt {}), retrying on other ports", attempt);
      } catch (RuntimeException e) {
        release(channel, lock);
        throw e;
      }
    }
    release(channel, lock);
    throw failure;
  }

  private static EmbeddedKeycloak launch(Path home, List<Path> realmFiles, Duration timeout, FileChannel channel,
      FileLock lock, boolean privateCopy) {
    try {
      prepareData(home, realmFiles);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the data folder of " + home, e);
    }
    int httpPort = FreePorts.next();
    int managementPort = FreePorts.next();
    while (managementPort == httpPort) {
      managementPort = FreePorts.next();
    }
    String baseUrl = "http://127.0.0.1:" + httpPort;
    Path logFile = Infra.scratch("keycloak").resolve("keycloak-" + ProcessHandle.current().pid() + "-" + httpPort + ".log");

    List<String> command = List.of(
        home.resolve("bin").resolve("kc.sh").toString(),
        "start-dev",
        "--http-host=127.0.0.1",
        "--http-port=" + httpPort,
        "--hostname=" + baseUrl,
        "--http-management-port=" + managementPort,
        "--import-realm");
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(home.toFile())
        .redirectErrorStream(true)
        .redirectOutput(logFile.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Map<String, String> env = builder.environment();
    // nothing from the caller's environment may reconfigure this Keycloak (KC_DB, KC_HOSTNAME, JAVA_OPTS, ...)
    env.keySet().removeIf(k -> k.startsWith("KC_") || k.startsWith("JAVA_OPTS") || k.equals("JAVA_TOOL_OPTIONS"));
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
    env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
    String adminPassword = randomSecret();
    env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);

    long started = System.nanoTime();
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command.get(0), e);
    }
    EmbeddedKeycloak keycloak = new EmbeddedKeycloak(process, home, logFile, baseUrl, adminPassword, channel, lock, privateCopy);
    try {
      keycloak.awaitReady(timeout);
    } catch (RuntimeException e) {
      keycloak.destroyProcesses();
      String tail = tail(logFile);
      if (tail.contains("Address already in use") || tail.contains("Port(s) already bound")) {
        throw new PortTakenException(tail);
      }
      throw new IllegalStateException(e.getMessage() + "\n--- last lines of " + logFile + " ---\n" + tail, e);
    }
    keycloak.writePids();
    log.info("Keycloak {} ready at {} in {} ms (log: {})", KeycloakServer.VERSION, baseUrl,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), logFile);
    return keycloak;
  }

  private void awaitReady(Duration timeout) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    List<String> probes = List.of(
        baseUrl + "/realms/" + KeycloakServer.REALM + "/.well-known/openid-configuration",
        baseUrl + "/realms/" + KeycloakServer.OTHER_REALM + "/.well-known/openid-configuration");
    long deadline = System.nanoTime() + timeout.toNanos();
    int ready = 0;
    while (ready < probes.size()) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Keycloak exited with code " + process.exitValue() + " before it was ready");
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Keycloak was not ready within " + timeout.toSeconds() + " s");
      }
      if (answers(http, probes.get(ready))) {
        ready++;
        continue;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for Keycloak", e);
      }
    }
  }

  private static boolean answers(HttpClient http, String url) {
    try {
      HttpResponse<Void> response = http.send(
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
          HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Keycloak", e);
    }
  }

  @Override
  public String baseUrl() {
    return baseUrl;
  }

  @Override
  public String adminPassword() {
    return adminPassword;
  }

  @Override
  public String describe() {
    return "embedded Keycloak " + KeycloakServer.VERSION + " from " + home + " (log " + logFile + ")";
  }

  @Override
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    destroyProcesses();
    try {
      Files.deleteIfExists(home.resolve("data").resolve(PID_FILE));
    } catch (IOException e) {
      log.debug("cannot delete the pid file", e);
    }
    release(lockChannel, lock);
    if (privateCopy) {
      deleteTree(home.getParent());
    }
  }

  /** kc.sh is a wrapper around the Keycloak JVM: stop the whole tree, politely first. */
  private void destroyProcesses() {
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().collect(Collectors.toList()));
    tree.add(process.toHandle());
    terminate(tree);
  }

  private static void terminate(List<ProcessHandle> tree) {
    tree.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    for (ProcessHandle p : tree) {
      long left = deadline - System.nanoTime();
      try {
        p.onExit().get(Math.max(left, 1), TimeUnit.NANOSECONDS);
      } catch (Exception e) {
        // still running: forced below
      }
    }
    for (ProcessHandle p : tree) {
      if (p.isAlive()) {
        p.destroyForcibly();
        try {
          p.onExit().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
          log.warn("Keycloak process {} did not exit", p.pid());
        }
      }
    }
  }

  /** Remembers the pids so that a later run can end a Keycloak whose JVM died without its shutdown hook. */
  private void writePids() {
    String pids = Stream.concat(Stream.of(process.toHandle()), process.descendants())
        .map(p -> Long.toString(p.pid()))
        .collect(Collectors.joining("\n"));
    try {
      Files.writeString(home.resolve("data").resolve(PID_FILE), pids + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      log.debug("cannot write the pid file", e);
    }
  }

  private static void killOrphans(Path home) throws IOException {
    Path pidFile = home.resolve("data").resolve(PID_FILE);
    if (!Files.exists(pidFile)) {
      return;
    }
    String marker = home.toRealPath().toString();
    List<ProcessHandle> orphans = new ArrayList<>();
    for (String line : Files.readAllLines(pidFile)) {
      if (line.isBlank()) {
        continue;
      }
      Optional<ProcessHandle> handle = ProcessHandle.of(Long.parseLong(line.trim()));
      handle.filter(ProcessHandle::isAlive)
          .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
          .ifPresent(orphans::add);
    }
    if (!orphans.isEmpty()) {
      log.warn("Ending Keycloak processes {} left over by an earlier test JVM", orphans.stream().map(ProcessHandle::pid).toList());
      terminate(orphans);
    }
    Files.deleteIfExists(pidFile);
  }

  private static void prepareData(Path home, List<Path> realmFiles) throws IOException {
    Path data = home.resolve("data");
    deleteTree(data.resolve("h2"));
    Path imports = data.resolve("import");
    deleteTree(imports);
    Files.createDirectories(imports);
    for (Path file : realmFiles) {
      Files.copy(file, imports.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // held by this JVM already
    }
  }

  private static void release(FileChannel channel, FileLock lock) {
    try {
      if (lock != null && lock.isValid()) {
        lock.release();
      }
      if (channel != null) {
        channel.close();
      }
    } catch (IOException e) {
      log.debug("cannot release the distribution lock", e);
    }
  }

  /** Deletes private copies whose owning JVM is gone (their lock is free). */
  private static void sweepStaleCopies(Path instances) throws IOException {
    if (!Files.isDirectory(instances)) {
      return;
    }
    try (Stream<Path> dirs = Files.list(instances)) {
      for (Path dir : dirs.toList()) {
        Path lockFile = dir.resolve("instance.lock");
        if (!Files.exists(lockFile)) {
          continue;
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
          FileLock l = tryLock(ch);
          if (l != null) {
            l.release();
            deleteTree(dir);
          }
        } catch (IOException e) {
          log.debug("cannot inspect {}", dir, e);
        }
      }
    }
  }

  private static void copyDistribution(Path from, Path to) throws IOException {
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        Path rel = from.relativize(dir);
        if (rel.startsWith("data")) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        Files.createDirectories(to.resolve(rel.toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES,
            LinkOption.NOFOLLOW_LINKS);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
          Files.delete(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + root, e);
    }
  }

  private static String tail(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static String randomSecret() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static final class PortTakenException extends IllegalStateException {
    PortTakenException(String tail) {
      super("Keycloak could not bind its port:\n" + tail);
    }
  }
}
