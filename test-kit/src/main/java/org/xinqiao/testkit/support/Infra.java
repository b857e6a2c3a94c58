package org.xinqiao.testkit.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import org.testcontainers.DockerClientFactory;

/**
 * Which real infrastructure the tests of this JVM run on: processes and in-JVM servers started from
 * Maven Central artifacts ({@code embedded}), or containers where a Docker engine answers
 * ({@code containers}). The system property {@code xinqiao.infra} forces either; {@code auto} (the
 * default) asks Docker once.
 */
public final class Infra {

  public enum Mode { EMBEDDED, CONTAINERS }

  private static volatile Mode mode;

  private Infra() {}

  public static Mode mode() {
    Mode m = mode;
    if (m == null) {
      synchronized (Infra.class) {
        if (mode == null) {
          mode = decide();
        }
        m = mode;
      }
    }
    return m;
  }

  private static Mode decide() {
    String wanted = System.getProperty("xinqiao.infra", System.getenv().getOrDefault("XINQIAO_INFRA", "auto"))
        .toLowerCase(Locale.ROOT);
    return switch (wanted) {
      case "embedded" -> Mode.EMBEDDED;
      case "containers" -> Mode.CONTAINERS;
      default -> dockerAnswers() ? Mode.CONTAINERS : Mode.EMBEDDED;
    };
  }

  private static boolean dockerAnswers() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  /** The repository root: system property {@code xinqiao.root}, else the nearest folder up with {@code mvnw}. */
  public static Path root() {
    String configured = System.getProperty("xinqiao.root");
    if (configured != null && !configured.isBlank()) {
      return Paths.get(configured).toAbsolutePath().normalize();
    }
    Path dir = Paths.get("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("mvnw")) && Files.exists(p.resolve("pom.xml"))) {
        return p;
      }
    }
    return dir;
  }

  /** A scratch folder under the repository's {@code target/}, created on demand. */
  public static Path scratch(String name) {
    Path p = root().resolve("target").resolve("test-infra").resolve(name);
    try {
      Files.createDirectories(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return p;
  }
}
