package org.xinqiao.kit.security;

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

/** Reads Keycloak access tokens: realm roles become {@code ROLE_<role>} authorities; claims become an {@link Actor}. */
public final class KeycloakJwt implements Converter<Jwt, AbstractAuthenticationToken> {

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    Collection<GrantedAuthority> authorities = roles(jwt).stream()
        .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r))
        .toList();
    return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
  }

  public static Set<String> roles(Jwt jwt) {
    Object realmAccess = jwt.getClaims().get("realm_access");
    Set<String> roles = new LinkedHashSet<>();
    if (realmAccess instanceof Map<?, ?> map && map.get("roles") instanceof List<?> list) {
      list.forEach(r -> roles.add(String.valueOf(r)));
    }
    return roles;
  }

  public static Actor actor(Jwt jwt) {
    return new Actor(
        jwt.getSubject(),
        Set.copyOf(roles(jwt)),
        string(jwt, "azp"),
        string(jwt, "partner_id"),
        string(jwt, "clinic_id"),
        string(jwt, "region_code"),
        string(jwt, "team_id"),
        string(jwt, "counselor_id"),
        string(jwt, "pseudonym_id"));
  }

  private static String string(Jwt jwt, String claim) {
    Object v = jwt.getClaims().get(claim);
    return v == null ? null : v.toString();
  }
}
