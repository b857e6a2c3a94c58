package org.xinqiao.testkit.keycloak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinqiao.testkit.support.Infra;

/**
 * A real Keycloak {@value #VERSION} for tests with the XinQiao realm from {@code deploy/keycloak}
 * plus the test-only extras described in {@link KeycloakRealms}: one per test JVM through
 * {@link #shared()}, started on first use and stopped by a shutdown hook.
 *
 * <p>Where it runs follows {@link Infra#mode()} (system property {@code xinqiao.infra} =
 * {@code embedded} | {@code containers} | {@code auto}): a local {@code kc.sh start-dev} process from
 * the distribution the build unpacks ({@code -Dxinqiao.keycloak.home}, default
 * {@code <xinqiao.root>/target/keycloak/keycloak-26.5.6}), or the container image {@value #IMAGE}.
 * Either way every token's issuer is {@link #issuerUri()}.
 *
 * <pre>{@code
 * KeycloakServer keycloak = KeycloakServer.shared();
 * String issuer = keycloak.issuerUri();              // for the resource server
 * String bearer = keycloak.tokens().user(DemoUsers.COUNSELOR);
 * String partner = keycloak.tokens().partner();
 * }</pre>
 */
public final class KeycloakServer implements AutoCloseable {

  public static final String VERSION = "26.5.6";
  public static final String IMAGE = "quay.io/keycloak/keycloak:" + VERSION;

  /** The XinQiao realm, as shipped in {@code deploy/keycloak/xinqiao-realm.json}. */
  public static final String REALM = "xinqiao";
  /** A second, test-only realm: same roles, other keys and issuer (wrong-issuer tests). */
  public static final String OTHER_REALM = "xinqiao-other";
  /** The audience every XinQiao service requires. */
  public static final String AUDIENCE = "xinqiao-api";
  /** DEV ONLY public client with the password grant (in both realms). */
  public static final String DEV_CLI_CLIENT = "xinqiao-dev-cli";
  /** The browser client: authorization code + PKCE S256, no password grant. */
  public static final String WEB_CLIENT = "xinqiao-web";
  /** Test-only public password-grant client whose access tokens live 2 s. */
  public static final String SHORT_LIVED_CLIENT = "xinqiao-test-short-lived";
  /** Test-only public password-grant client whose tokens lack the {@value #AUDIENCE} audience. */
  public static final String NO_AUDIENCE_CLIENT = "xinqiao-test-no-audience";

  private static final Logger log = LoggerFactory.getLogger(KeycloakServer.class);
  private static final AtomicInteger INSTANCES = new AtomicInteger();

  private static KeycloakServer shared;
  private static RuntimeException sharedFailure;

  /** What runs Keycloak: a local process or a container. */
  interface Backend {
    String baseUrl();

    String adminPassword();

    String describe();

    void stop();
  }

  private final Infra.Mode mode;
  private final Backend backend;
  private final KeycloakTokens tokens;
  private final Duration startupTime;
  private final Path realmFolder;

  private KeycloakServer(Infra.Mode mode, Backend backend, Duration startupTime, Path realmFolder) {
    this.mode = mode;
    this.backend = backend;
    this.startupTime = startupTime;
    this.realmFolder = realmFolder;
    this.tokens = new KeycloakTokens(backend.baseUrl());
  }

  /**
   * The Keycloak of this test JVM, started on first call (thread-safe), stopped when the JVM exits.
   * If it cannot start, every call fails with the same cause instead of retrying.
   */
  public static synchronized KeycloakServer shared() {
    if (shared != null) {
      return shared;
    }
    if (sharedFailure != null) {
      throw new IllegalStateException("the shared Keycloak failed to start earlier in this JVM", sharedFailure);
    }
    try {
      KeycloakServer server = start(Infra.mode());
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "keycloak-stop"));
      shared = server;
      return server;
    } catch (RuntimeException e) {
      sharedFailure = e;
      throw e;
    }
  }

  /**
   * A Keycloak of its own, in the given mode, for a test that needs one (the caller closes it).
   * Most tests want {@link #shared()}.
   */
  public static KeycloakServer start(Infra.Mode mode) {
    Path root = Infra.root();
    sweepScratch(Infra.scratch("keycloak"));
    Path realmFolder = Infra.scratch("keycloak")
        .resolve("realms-" + ProcessHandle.current().pid() + "-" + INSTANCES.incrementAndGet());
    EmbeddedKeycloak.deleteTree(realmFolder);
    List<Path> realmFiles = KeycloakRealms.write(root, realmFolder);
    Duration timeout = startupTimeout();
    long started = System.nanoTime();
    Backend backend = switch (mode) {
      case EMBEDDED -> EmbeddedKeycloak.start(root, realmFiles, timeout);
      case CONTAINERS -> ContainerKeycloak.start(realmFiles, timeout.plusMinutes(3)); // plus the image pull
    };
    Duration startupTime = Duration.ofNanos(System.nanoTime() - started);
    log.info("{} started in {} ms; issuer {}", backend.describe(), startupTime.toMillis(),
        backend.baseUrl() + "/realms/" + REALM);
    return new KeycloakServer(mode, backend, startupTime, realmFolder);
  }

  /** Removes realm folders of JVMs that are gone and logs older than two days. */
  private static void sweepScratch(Path scratch) {
    Instant cutoff = Instant.now().minus(Duration.ofDays(2));
    try (Stream<Path> entries = Files.list(scratch)) {
      for (Path p : entries.toList()) {
        String name = p.getFileName().toString();
        if (name.startsWith("realms-")) {
          String[] parts = name.split("-");
          boolean owned = parts.length > 1 && parts[1].chars().allMatch(Character::isDigit)
              && ProcessHandle.of(Long.parseLong(parts[1])).map(ProcessHandle::isAlive).orElse(false);
          if (!owned) {
            EmbeddedKeycloak.deleteTree(p);
          }
        } else if (name.endsWith(".log") && Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException | RuntimeException e) {
      log.debug("cannot tidy {}", scratch, e);
    }
  }

  private static Duration startupTimeout() {
    String configured = System.getProperty("xinqiao.keycloak.startup-timeout-seconds", "120");
    return Duration.ofSeconds(Long.parseLong(configured.trim().toLowerCase(Locale.ROOT)));
  }

  /** Where this Keycloak runs. */
  public Infra.Mode mode() {
    return mode;
  }

  /** Scheme, host and port, e.g. {@code http://127.0.0.1:41234} (no trailing slash). */
  public String baseUrl() {
    return backend.baseUrl();
  }

  /** Issuer of realm {@value #REALM}: {@code baseUrl() + "/realms/xinqiao"}. */
  public String issuerUri() {
    return issuerUri(REALM);
  }

  /** Issuer of any realm of this Keycloak. */
  public String issuerUri(String realm) {
    return baseUrl() + "/realms/" + realm;
  }

  /** JSON Web Key Set of realm {@value #REALM}: {@code issuerUri() + "/protocol/openid-connect/certs"}. */
  public String jwksUri() {
    return jwksUri(REALM);
  }

  /** JSON Web Key Set of any realm of this Keycloak. */
  public String jwksUri(String realm) {
    return issuerUri(realm) + "/protocol/openid-connect/certs";
  }

  /** Access tokens from this Keycloak (cached until 30 s before they expire). */
  public KeycloakTokens tokens() {
    return tokens;
  }

  /** The random password of the bootstrap admin {@code admin} in realm {@code master} (admin REST API). */
  public String adminPassword() {
    return backend.adminPassword();
  }

  /** How long the start took, from launch until both realms answered. */
  public Duration startupTime() {
    return startupTime;
  }

  /** Stops this Keycloak; the shared one is stopped by its shutdown hook. */
  @Override
  public void close() {
    try {
      backend.stop();
    } catch (RuntimeException e) {
      log.warn("stopping {} failed", backend.describe(), e);
    }
    if (Files.exists(realmFolder)) {
      try {
        EmbeddedKeycloak.deleteTree(realmFolder);
      } catch (RuntimeException e) {
        log.debug("cannot delete {}", realmFolder, e);
      }
    }
  }

  @Override
  public String toString() {
    return backend.describe();
  }
}
