package org.xinqiao.gateway.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A XinQiao application (the gateway or a service) started from its repackaged jar as a child
 * process with the JVM settings of its container image, as deployed.
 */
final class ServiceProcess implements AutoCloseable {

  private final Process process;
  private final int port;

  private ServiceProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static ServiceProcess start(Path jar, int port, Map<String, String> env, List<String> args, Path log,
      Duration bound) {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: ./xq bench gateway builds it");
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-XX:MaxRAMPercentage=75",
        "-XX:+ExitOnOutOfMemoryError", "-jar", jar.toString()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().putAll(env);
    builder.environment().put("SERVER_PORT", String.valueOf(port));
    builder.environment().put("PORT", String.valueOf(port));
    builder.environment().put("SERVER_ADDRESS", "127.0.0.1");
    ServiceProcess service;
    try {
      service = new ServiceProcess(builder.start(), port);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + jar, e);
    }
    service.awaitHealthy(bound, log);
    return service;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  private void awaitHealthy(Duration bound, Path log) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
        .timeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + bound.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the service exited while starting; see " + log);
      }
      try {
        HttpResponse<String> r = http.send(health, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException notYetListening) {
        // polled again below
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        // bounded by the deadline; each look costs one HTTP round trip
        process.waitFor(250, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    close();
    throw new IllegalStateException("the service was not healthy within " + bound.toSeconds() + " s; see " + log);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
