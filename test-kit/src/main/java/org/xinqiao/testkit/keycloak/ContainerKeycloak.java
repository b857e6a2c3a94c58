package org.xinqiao.testkit.keycloak;

import dasniko.testcontainers.keycloak.KeycloakContainer;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.testcontainers.utility.MountableFile;

/** Keycloak in a container ({@value KeycloakServer#IMAGE}) with the same realm files, where a Docker engine answers. */
final class ContainerKeycloak implements KeycloakServer.Backend {

  private final KeycloakContainer container;
  private final String baseUrl;
  private final String adminPassword;

  private ContainerKeycloak(KeycloakContainer container, String adminPassword) {
    this.container = container;
    this.adminPassword = adminPassword;
    String url = container.getAuthServerUrl();
    this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  @SuppressWarnings("resource") // stopped by stop()
  static ContainerKeycloak start(List<Path> realmFiles, Duration timeout) {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    String adminPassword = HexFormat.of().formatHex(bytes);
    KeycloakContainer container = new KeycloakContainer(KeycloakServer.IMAGE)
        .withAdminPassword(adminPassword)
        .withStartupTimeout(timeout);
    // the container always starts with --import-realm; files copied to data/import are imported
    for (Path file : realmFiles) {
      container.withCopyFileToContainer(MountableFile.forHostPath(file, 0644),
          "/opt/keycloak/data/import/" + file.getFileName());
    }
    container.start();
    return new ContainerKeycloak(container, adminPassword);
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
    return "Keycloak container " + KeycloakServer.IMAGE + " at " + baseUrl;
  }

  @Override
  public void stop() {
    container.stop();
  }
}
