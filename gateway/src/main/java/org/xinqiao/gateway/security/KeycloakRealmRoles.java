package org.xinqiao.gateway.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Keycloak realm roles ({@code realm_access.roles}) become {@code ROLE_<role>} authorities. */
final class KeycloakRealmRoles implements Converter<Jwt, AbstractAuthenticationToken> {

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    Collection<GrantedAuthority> authorities = roles(jwt).stream()
        .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
        .toList();
    return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
  }

  static Set<String> roles(Jwt jwt) {
    Set<String> roles = new LinkedHashSet<>();
    if (jwt.getClaims().get("realm_access") instanceof Map<?, ?> realmAccess
        && realmAccess.get("roles") instanceof List<?> list) {
      list.forEach(role -> roles.add(String.valueOf(role)));
    }
    return roles;
  }
}
