package org.xinqiao.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class KeycloakRealmRolesTest {

  @Test
  void realmRolesBecomeRoleAuthorities() {
    Jwt jwt = jwt(Map.of("sub", "u-1",
        "realm_access", Map.of("roles", List.of("crisis-responder", "offline_access"))));

    assertThat(new KeycloakRealmRoles().convert(jwt).getAuthorities())
        .extracting(GrantedAuthority::getAuthority)
        .containsExactly("ROLE_crisis-responder", "ROLE_offline_access");
  }

  @Test
  void aTokenWithoutRealmRolesHasNoAuthorities() {
    assertThat(new KeycloakRealmRoles().convert(jwt(Map.of("sub", "u-1"))).getAuthorities())
        .isEmpty();
    assertThat(new KeycloakRealmRoles().convert(jwt(Map.of("sub", "u-1", "realm_access", "x")))
        .getAuthorities()).isEmpty();
  }

  private static Jwt jwt(Map<String, Object> claims) {
    return Jwt.withTokenValue("t").header("alg", "RS256").claims(c -> c.putAll(claims))
        .issuedAt(Instant.parse("2025-01-01T00:00:00Z")).build();
  }
}
