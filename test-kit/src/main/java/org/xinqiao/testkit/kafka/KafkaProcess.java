package org.xinqiao.testkit.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.xinqiao.testkit.support.FreePorts;

/**
 * Apache Kafka's own KRaft server ({@code kafka.Kafka}) as a child process, from the Kafka jars on
 * this JVM's class path. One node is broker and controller; data lives in a folder so a restart
 * keeps topics and offsets.
 */
public final class KafkaProcess implements KafkaBroker {

  /** A fixed cluster id: the storage is formatted once and reused across restarts. */
  static final String CLUSTER_ID = "WHEtUWlhby1LYWZrYS0xAA";

  private final Path dir;
  private final int port;
  private final int controllerPort;
  private Process process;

  public KafkaProcess(Path dir) {
    this(dir, FreePorts.next(), FreePorts.next());
  }

  public KafkaProcess(Path dir, int port, int controllerPort) {
    this.dir = dir;
    this.port = port;
    this.controllerPort = controllerPort;
  }

  @Override
  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  @Override
  public synchronized boolean running() {
    return process != null && process.isAlive();
  }

  @Override
  public synchronized void start() {
    if (running()) {
      return;
    }
    try {
      Path props = writeConfig();
      Path logback = dir.resolve("logback.xml");
      try (InputStream in = KafkaProcess.class.getResourceAsStream("kafka-logback.xml")) {
        Files.copy(in, logback, StandardCopyOption.REPLACE_EXISTING);
      }
      if (!Files.exists(dir.resolve("data").resolve("meta.properties"))) {
        Process format = java(logback, "kafka.tools.StorageTool", "format", "--standalone",
            "--ignore-formatted", "-t", CLUSTER_ID, "-c", props.toString())
            .redirectOutput(dir.resolve("format.log").toFile())
            .redirectErrorStream(true)
            .start();
        if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
          throw new IllegalStateException("formatting Kafka storage failed:\n" + tail(dir.resolve("format.log")));
        }
      }
      process = java(logback, "kafka.Kafka", props.toString())
          .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile()))
          .redirectErrorStream(true)
          .start();
      awaitReady(Duration.ofSeconds(60));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public synchronized void stop() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  private ProcessBuilder java(Path logback, String mainClass, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xms128m");
    cmd.add("-Xmx512m");
    cmd.add("-XX:+UseSerialGC");
    cmd.add("-XX:TieredStopAtLevel=1");
    cmd.add("-Dlogback.configurationFile=" + logback);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(mainClass);
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).directory(dir.toFile());
  }

  private Path writeConfig() throws IOException {
    Files.createDirectories(dir);
    Properties p = new Properties();
    p.putAll(Map.ofEntries(
        Map.entry("process.roles", "broker,controller"),
        Map.entry("node.id", "1"),
        Map.entry("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort),
        Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
        Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
        Map.entry("controller.listener.names", "CONTROLLER"),
        Map.entry("inter.broker.listener.name", "PLAINTEXT"),
        Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
        Map.entry("log.dirs", dir.resolve("data").toString()),
        Map.entry("num.partitions", "3"),
        Map.entry("offsets.topic.replication.factor", "1"),
        Map.entry("offsets.topic.num.partitions", "3"),
        Map.entry("transaction.state.log.replication.factor", "1"),
        Map.entry("transaction.state.log.min.isr", "1"),
        Map.entry("share.coordinator.state.topic.replication.factor", "1"),
        Map.entry("share.coordinator.state.topic.min.isr", "1"),
        Map.entry("group.initial.rebalance.delay.ms", "0"),
        Map.entry("auto.create.topics.enable", "true"),
        Map.entry("log.flush.interval.messages", "1")));
    Path file = dir.resolve("server.properties");
    try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      p.store(out, "XinQiao test broker");
    }
    return file;
  }

  private void awaitReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Kafka exited during start:\n" + tail(dir.resolve("server.log")));
      }
      if (portOpen() && clusterAnswers()) {
        return;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("Kafka did not become ready in " + timeout + ":\n" + tail(dir.resolve("server.log")));
  }

  private boolean portOpen() {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private boolean clusterAnswers() {
    try (Admin admin = Admin.create(Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
      return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
    } catch (Exception e) {
      return false;
    }
  }

  static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log at " + log + ")";
    }
  }
}
