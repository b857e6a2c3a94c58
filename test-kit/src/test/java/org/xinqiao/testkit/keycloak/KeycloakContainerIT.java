package org.xinqiao.testkit.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.xinqiao.testkit.support.Infra;

/** The container variant imports the same realms (skipped where no Docker engine answers). */
@Testcontainers(disabledWithoutDocker = true)
class KeycloakContainerIT {

  @Test
  void theContainerServesTheXinqiaoRealm() {
    try (KeycloakServer keycloak = KeycloakServer.start(Infra.Mode.CONTAINERS)) {
      Map<String, Object> claims = KeycloakTokens.unverifiedClaims(keycloak.tokens().user(DemoUsers.COUNSELOR));

      assertThat(claims).containsEntry("iss", keycloak.issuerUri()).containsEntry("clinic_id", "clinic-demo-1");
      assertThat(claims.get("aud").toString()).contains(KeycloakServer.AUDIENCE);
      assertThat(claims.get("realm_access").toString()).contains("counselor");
      assertThat(KeycloakTokens.unverifiedClaims(keycloak.tokens().partner())).containsEntry("partner_id", "partner-demo");
    }
  }
}
