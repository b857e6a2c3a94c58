package org.xinqiao.gateway.security;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.xinqiao.gateway.problem.ProblemWriter;

/**
 * The gateway as an OAuth2 resource server: every {@code /api/v1} request needs a valid Keycloak
 * access token (signed RS256 or ES256 by the realm, right issuer, {@code xinqiao-api} in its
 * audience, not expired), and a few areas need a role. The checks are coarse on purpose: which
 * booking, case or record a caller may touch is decided by the service that owns it, which
 * validates the same token again.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfig {

  @Bean
  ReactiveJwtDecoder jwtDecoder(SecurityProperties properties) {
    return decoder(properties, Clock.systemUTC());
  }

  /**
   * Signature (RS256 or ES256 by a key of the realm's key set), then expiry, issuer and audience;
   * verified tokens are remembered, their claims checked again on every use.
   */
  static ReactiveJwtDecoder decoder(SecurityProperties properties, Clock clock) {
    OAuth2TokenValidator<Jwt> claims = claimsValidator(properties, clock);
    NimbusReactiveJwtDecoder verifier = NimbusReactiveJwtDecoder
        .withJwkSetUri(properties.effectiveJwkSetUri())
        .jwsAlgorithms(algorithms -> {
          algorithms.clear();
          algorithms.add(SignatureAlgorithm.RS256);
          algorithms.add(SignatureAlgorithm.ES256);
        })
        .build();
    verifier.setJwtValidator(claims);
    ReactiveJwtDecoder decoder = properties.verifiedTokenCacheSize() > 0
        ? new VerifiedTokenCache(verifier, claims, properties.verifiedTokenCacheSize(), clock)
        : verifier;
    return new KeysUnavailableAware(decoder);
  }

  static OAuth2TokenValidator<Jwt> claimsValidator(SecurityProperties properties, Clock clock) {
    JwtTimestampValidator expiry = new JwtTimestampValidator(properties.clockSkew());
    expiry.setClock(clock);
    return new DelegatingOAuth2TokenValidator<>(
        JwtTypeValidator.jwt(),
        expiry,
        new JwtIssuerValidator(properties.issuerUri()),
        new JwtAudienceValidator(properties.audience()));
  }

  /**
   * No observation per security filter, authentication and authorization: they fed no metric or
   * dashboard and cost a tenth of the gateway's CPU. Requests are still observed as a whole
   * ({@code http.server.requests}) and per route ({@code spring.cloud.gateway.requests}).
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  /** Spring Security's strict firewall, with header checks that answer the same for less CPU. */
  @Bean
  ServerWebExchangeFirewall firewall() {
    return HeaderText.firewall();
  }

  /**
   * Entry point, access-denied handler and, being the only {@link ServerExchangeRejectedHandler}
   * bean, the handler of firewall rejections (encoded slashes, "..") as problem+json.
   */
  @Bean
  ProblemSecurityHandlers problemSecurityHandlers(ProblemWriter problems) {
    return new ProblemSecurityHandlers(problems);
  }

  @Bean
  SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder,
      ProblemSecurityHandlers handlers) {
    return http
        .csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .anonymous(ServerHttpSecurity.AnonymousSpec::disable)
        .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        // one place for security headers: web.SecurityHeadersFilter
        .headers(ServerHttpSecurity.HeaderSpec::disable)
        .cors(Customizer.withDefaults())
        .authorizeExchange(exchanges -> exchanges
            .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                "/actuator/prometheus").permitAll()
            .pathMatchers("/openapi", "/openapi/**").permitAll()
            .pathMatchers("/api/v1/crisis/signals", "/api/v1/crisis/signals/**")
                .hasAnyRole("client", "partner", "counselor")
            .pathMatchers("/api/v1/crisis/rosters/**").hasAnyRole("ops", "crisis-responder")
            .pathMatchers("/api/v1/crisis/cases/**")
                .hasAnyRole("crisis-responder", "ops", "counselor")
            .pathMatchers("/api/v1/audit/**").hasRole("auditor")
            .pathMatchers("/api/v1/regions/coverage", "/api/v1/regions/coverage/**")
                .hasAnyRole("ops", "auditor")
            .pathMatchers(HttpMethod.GET, "/api/v1/clinics/**")
                .hasAnyRole("ops", "clinic-admin", "auditor")
            .pathMatchers(HttpMethod.HEAD, "/api/v1/clinics/**")
                .hasAnyRole("ops", "clinic-admin", "auditor")
            .pathMatchers("/api/v1/clinics/**").hasAnyRole("ops", "clinic-admin")
            // the counsellor directory (GET /api/v1/counselors/**) and everything else: any user
            .pathMatchers("/api/v1/**").authenticated()
            .anyExchange().authenticated())
        .oauth2ResourceServer(resourceServer -> resourceServer
            .bearerTokenConverter(new BearerTokens())
            .jwt(jwt -> jwt
                .jwtDecoder(jwtDecoder)
                .jwtAuthenticationConverter(
                    new ReactiveJwtAuthenticationConverterAdapter(new KeycloakRealmRoles())))
            .authenticationEntryPoint(handlers)
            .accessDeniedHandler(handlers))
        .exceptionHandling(exceptions -> exceptions
            .authenticationEntryPoint(handlers)
            .accessDeniedHandler(handlers))
        .build();
  }
}
