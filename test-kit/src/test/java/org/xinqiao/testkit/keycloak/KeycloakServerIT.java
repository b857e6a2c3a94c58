package org.xinqiao.testkit.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shared Keycloak (embedded on a machine without Docker) serves the realm the services rely on. */
class KeycloakServerIT {

  private static final Set<String> XINQIAO_ROLES = Set.of("client", "partner", "counselor", "supervisor",
      "clinic-admin", "crisis-responder", "ops", "auditor");
  private static final List<String> ATTRIBUTE_CLAIMS = List.of("partner_id", "clinic_id", "region_code", "team_id",
      "counselor_id", "pseudonym_id");

  private static KeycloakServer keycloak;
  private static JWKSet xinqiaoKeys;
  private static JWKSet otherKeys;

  @BeforeAll
  static void startKeycloak() throws Exception {
    keycloak = KeycloakServer.shared();
    xinqiaoKeys = JWKSet.load(URI.create(keycloak.jwksUri()).toURL());
    otherKeys = JWKSet.load(URI.create(keycloak.jwksUri(KeycloakServer.OTHER_REALM)).toURL());
  }

  /** Verifies signature (RS256, against the realm's published keys), issuer and expiry, as a resource server would. */
  private static JWTClaimsSet verify(String token, JWKSet keys, String issuer) throws Exception {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(keys)));
    processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
        new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "iat", "exp")));
    return processor.process(token, null);
  }

  private static JWTClaimsSet verifyXinqiao(String token) throws Exception {
    return verify(token, xinqiaoKeys, keycloak.issuerUri());
  }

  @SuppressWarnings("unchecked")
  private static Set<String> realmRoles(JWTClaimsSet claims) throws Exception {
    Map<String, Object> realmAccess = claims.getJSONObjectClaim("realm_access");
    assertThat(realmAccess).as("realm_access").isNotNull();
    return new HashSet<>((List<String>) realmAccess.get("roles"));
  }

  static Stream<Arguments> demoUsers() {
    return DemoUsers.all().stream().map(u -> Arguments.of(u, DemoUsers.roleOf(u)));
  }

  @ParameterizedTest(name = "{0} has role {1}")
  @MethodSource("demoUsers")
  void everyDemoUserGetsASignedTokenWithItsRoleTheAudienceAndTheIssuer(String username, String role) throws Exception {
    JWTClaimsSet claims = verifyXinqiao(keycloak.tokens().user(username));

    assertThat(claims.getIssuer()).isEqualTo(keycloak.issuerUri())
        .isEqualTo(keycloak.baseUrl() + "/realms/xinqiao");
    assertThat(claims.getAudience()).contains(KeycloakServer.AUDIENCE);
    assertThat(claims.getStringClaim("azp")).isEqualTo(KeycloakServer.DEV_CLI_CLIENT);
    assertThat(claims.getStringClaim("preferred_username")).isEqualTo(username);
    Set<String> xinqiaoRoles = new HashSet<>(realmRoles(claims));
    xinqiaoRoles.retainAll(XINQIAO_ROLES);
    assertThat(xinqiaoRoles).as("XinQiao roles of " + username).containsExactly(role);
    long lifetime = claims.getExpirationTime().getTime() / 1000 - claims.getIssueTime().getTime() / 1000;
    assertThat(lifetime).as("access token lifespan").isEqualTo(300);
  }

  static Stream<Arguments> attributeClaims() {
    return Stream.of(
        Arguments.of(DemoUsers.CLIENT, Map.of("pseudonym_id", "client-demo-1", "region_code", "540000")),
        Arguments.of(DemoUsers.COUNSELOR,
            Map.of("counselor_id", "counselor-demo-1", "clinic_id", "clinic-demo-1", "region_code", "510000")),
        Arguments.of(DemoUsers.SUPERVISOR, Map.of("counselor_id", "supervisor-demo-1", "clinic_id", "clinic-demo-1")),
        Arguments.of(DemoUsers.CLINIC_ADMIN, Map.of("clinic_id", "clinic-demo-1")),
        Arguments.of(DemoUsers.CLINIC_ADMIN_OTHER, Map.of("clinic_id", "clinic-demo-2")),
        Arguments.of(DemoUsers.RESPONDER_TIBET, Map.of("team_id", "team-540000", "region_code", "540000")),
        Arguments.of(DemoUsers.RESPONDER_BACKUP, Map.of("team_id", "team-510000", "region_code", "510000")),
        Arguments.of(DemoUsers.OPS, Map.of()),
        Arguments.of(DemoUsers.AUDITOR, Map.of()));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("attributeClaims")
  void userAttributesBecomeClaimsAndNothingElseDoes(String username, Map<String, String> expected) throws Exception {
    JWTClaimsSet claims = verifyXinqiao(keycloak.tokens().user(username));

    for (String claim : ATTRIBUTE_CLAIMS) {
      assertThat(claims.getStringClaim(claim)).as(claim + " of " + username).isEqualTo(expected.get(claim));
    }
  }

  @Test
  void attributeClaimsAreInTheIdTokenToo() throws Exception {
    HttpResponse<String> response = keycloak.tokens().tokenRequest(KeycloakServer.REALM, Map.of(
        "grant_type", "password", "client_id", KeycloakServer.DEV_CLI_CLIENT, "username", DemoUsers.RESPONDER_TIBET,
        "password", DemoUsers.PASSWORD, "scope", "openid"));
    assertThat(response.statusCode()).isEqualTo(200);
    String idToken = response.body().replaceAll("(?s).*\"id_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    Map<String, Object> claims = KeycloakTokens.unverifiedClaims(idToken);
    assertThat(claims).containsEntry("team_id", "team-540000").containsEntry("region_code", "540000")
        .containsEntry("aud", KeycloakServer.DEV_CLI_CLIENT);
  }

  @Test
  void partnerAppsGetTheirRolePartnerIdAndAudience() throws Exception {
    JWTClaimsSet one = verifyXinqiao(keycloak.tokens().partner());
    JWTClaimsSet two = verifyXinqiao(keycloak.tokens().partner2());

    assertThat(realmRoles(one)).contains("partner");
    assertThat(realmRoles(two)).contains("partner");
    assertThat(one.getStringClaim("partner_id")).isEqualTo(DemoUsers.PARTNER_ID).isEqualTo("partner-demo");
    assertThat(two.getStringClaim("partner_id")).isEqualTo(DemoUsers.PARTNER_2_ID).isEqualTo("partner-two");
    assertThat(one.getAudience()).contains(KeycloakServer.AUDIENCE);
    assertThat(two.getAudience()).contains(KeycloakServer.AUDIENCE);
    assertThat(one.getStringClaim("azp")).isEqualTo(DemoUsers.PARTNER_CLIENT_ID);
    assertThat(two.getStringClaim("azp")).isEqualTo(DemoUsers.PARTNER_2_CLIENT_ID);
    assertThat(one.getSubject()).isNotEqualTo(two.getSubject());
    assertThat(one.getIssuer()).isEqualTo(keycloak.issuerUri());
  }

  @Test
  void aWrongPartnerSecretIsRefused() {
    HttpResponse<String> response = keycloak.tokens().tokenRequest(KeycloakServer.REALM, Map.of(
        "grant_type", "client_credentials", "client_id", DemoUsers.PARTNER_CLIENT_ID,
        "client_secret", DemoUsers.PARTNER_2_SECRET));
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("unauthorized_client");
  }

  @Test
  void theWebClientDoesNotAllowThePasswordGrant() {
    HttpResponse<String> response = keycloak.tokens().tokenRequest(KeycloakServer.REALM, Map.of(
        "grant_type", "password", "client_id", KeycloakServer.WEB_CLIENT, "username", DemoUsers.OPS,
        "password", DemoUsers.PASSWORD));
    assertThat(response.statusCode()).isIn(400, 401);
    assertThat(response.body()).contains("unauthorized_client");
  }

  @Test
  void theShortLivedTestClientIssuesTokensOfTwoSeconds() throws Exception {
    String token = keycloak.tokens().user(KeycloakServer.REALM, KeycloakServer.SHORT_LIVED_CLIENT, DemoUsers.OPS);
    JWTClaimsSet claims = verifyXinqiao(token);

    long lifetime = claims.getExpirationTime().getTime() / 1000 - claims.getIssueTime().getTime() / 1000;
    assertThat(lifetime).isPositive().isLessThanOrEqualTo(2);
    assertThat(claims.getAudience()).contains(KeycloakServer.AUDIENCE);
    assertThat(realmRoles(claims)).contains("ops");
    // never cached: it expires sooner than the cache's safety margin
    assertThat(keycloak.tokens().user(KeycloakServer.REALM, KeycloakServer.SHORT_LIVED_CLIENT, DemoUsers.OPS))
        .isNotEqualTo(token);
  }

  @Test
  void theNoAudienceTestClientIssuesTokensWithoutTheApiAudience() throws Exception {
    String token = keycloak.tokens().user(KeycloakServer.REALM, KeycloakServer.NO_AUDIENCE_CLIENT, DemoUsers.OPS);
    JWTClaimsSet claims = verify(token, xinqiaoKeys, keycloak.issuerUri());

    assertThat(claims.getAudience()).doesNotContain(KeycloakServer.AUDIENCE);
    assertThat(claims.getIssuer()).isEqualTo(keycloak.issuerUri());
    assertThat(realmRoles(claims)).contains("ops");
  }

  @Test
  void theOtherRealmHasItsOwnIssuerAndKeys() throws Exception {
    String token = keycloak.tokens().user(KeycloakServer.OTHER_REALM, KeycloakServer.DEV_CLI_CLIENT, DemoUsers.OPS_OTHER);
    JWTClaimsSet claims = verify(token, otherKeys, keycloak.issuerUri(KeycloakServer.OTHER_REALM));

    assertThat(claims.getIssuer()).isEqualTo(keycloak.baseUrl() + "/realms/xinqiao-other")
        .isNotEqualTo(keycloak.issuerUri());
    assertThat(claims.getAudience()).contains(KeycloakServer.AUDIENCE);
    assertThat(realmRoles(claims)).contains("ops");
    // signed by another key: the xinqiao realm's key set cannot verify it
    assertThatThrownBy(() -> verify(token, xinqiaoKeys, keycloak.issuerUri(KeycloakServer.OTHER_REALM)))
        .isInstanceOf(BadJOSEException.class);
  }

  @Test
  void aTamperedTokenFailsVerification() throws Exception {
    String token = keycloak.tokens().user(DemoUsers.CLIENT);
    verifyXinqiao(token);

    String[] parts = token.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
        .replace("\"client\"", "\"ops\"");
    String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
        .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

    assertThat(KeycloakTokens.unverifiedClaims(forged).get("realm_access").toString()).contains("ops");
    assertThatThrownBy(() -> verifyXinqiao(forged)).isInstanceOf(BadJOSEException.class);
  }

  @Test
  void tokensAreCachedUntilShortlyBeforeTheyExpire() {
    String first = keycloak.tokens().user(DemoUsers.AUDITOR);
    assertThat(keycloak.tokens().user(DemoUsers.AUDITOR)).isSameAs(first);
    assertThat(keycloak.tokens().user(DemoUsers.OPS)).isNotEqualTo(first);
    keycloak.tokens().clearCache();
    assertThat(keycloak.tokens().user(DemoUsers.AUDITOR)).isNotEqualTo(first);
  }

  @Test
  void theUrlsFollowTheRealmLayout() {
    assertThat(keycloak.baseUrl()).doesNotEndWith("/");
    assertThat(keycloak.issuerUri()).isEqualTo(keycloak.baseUrl() + "/realms/xinqiao");
    assertThat(keycloak.jwksUri()).isEqualTo(keycloak.issuerUri() + "/protocol/openid-connect/certs");
    assertThat(keycloak.issuerUri(KeycloakServer.OTHER_REALM)).isEqualTo(keycloak.baseUrl() + "/realms/xinqiao-other");
    assertThat(KeycloakServer.shared()).isSameAs(keycloak);
    System.out.println("Keycloak (" + keycloak.mode() + ") started in " + keycloak.startupTime().toMillis() + " ms");
  }
}
