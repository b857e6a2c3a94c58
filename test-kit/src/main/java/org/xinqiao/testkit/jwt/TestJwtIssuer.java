package org.xinqiao.testkit.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenID-style issuer for service tests: a real RSA key set served over HTTP on loopback, and
 * access tokens signed with it that look like Keycloak's ({@code realm_access.roles}, {@code azp},
 * audience {@code xinqiao-api}, XinQiao's custom claims). Services validate these exactly as they
 * validate Keycloak's; the gateway's tests use the real Keycloak.
 */
public final class TestJwtIssuer {

  public static final String AUDIENCE = "xinqiao-api";

  private static volatile TestJwtIssuer shared;

  private final RSAKey key;
  private final HttpServer server;
  private final String issuer;
  private final AtomicInteger jwksRequests = new AtomicInteger();

  private TestJwtIssuer() {
    try {
      key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID("test-" + UUID.randomUUID()).generate();
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/xinqiao-test";
    byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
    server.createContext("/realms/xinqiao-test/protocol/openid-connect/certs", exchange -> {
      jwksRequests.incrementAndGet();
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, jwks.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(jwks);
      }
    });
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "jwks-stop"));
  }

  public static TestJwtIssuer shared() {
    TestJwtIssuer s = shared;
    if (s == null) {
      synchronized (TestJwtIssuer.class) {
        if (shared == null) {
          shared = new TestJwtIssuer();
        }
        s = shared;
      }
    }
    return s;
  }

  public String issuerUri() {
    return issuer;
  }

  public String jwksUri() {
    return issuer + "/protocol/openid-connect/certs";
  }

  /** How often the key set was fetched: services must cache it. */
  public int jwksRequests() {
    return jwksRequests.get();
  }

  /** A token for a subject holding the given realm roles. */
  public Token token(String subject, String... roles) {
    return new Token(subject, List.of(roles));
  }

  /** A token being described; {@link #sign()} issues it. */
  public final class Token {
    private final String subject;
    private final List<String> roles;
    private final Map<String, Object> claims = new LinkedHashMap<>();
    private String azp = "xinqiao-web";
    private List<String> audience = List.of(AUDIENCE);
    private Instant issuedAt = Instant.now();
    private Duration lifetime = Duration.ofMinutes(5);

    private Token(String subject, List<String> roles) {
      this.subject = subject;
      this.roles = new ArrayList<>(roles);
    }

    public Token claim(String name, Object value) {
      claims.put(name, value);
      return this;
    }

    public Token azp(String clientId) {
      this.azp = clientId;
      return this;
    }

    public Token audience(String... audiences) {
      this.audience = List.of(audiences);
      return this;
    }

    public Token issuedAt(Instant at, Duration lifetime) {
      this.issuedAt = at;
      this.lifetime = lifetime;
      return this;
    }

    public String sign() {
      JWTClaimsSet.Builder b = new JWTClaimsSet.Builder()
          .issuer(issuer)
          .subject(subject)
          .audience(audience)
          .jwtID(UUID.randomUUID().toString())
          .issueTime(Date.from(issuedAt))
          .expirationTime(Date.from(issuedAt.plus(lifetime)))
          .claim("azp", azp)
          .claim("typ", "Bearer")
          .claim("realm_access", Map.of("roles", roles));
      claims.forEach(b::claim);
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), b.build());
      try {
        jwt.sign(new RSASSASigner(key));
      } catch (JOSEException e) {
        throw new IllegalStateException(e);
      }
      return jwt.serialize();
    }

    /** The {@code Authorization} header value. */
    public String bearer() {
      return "Bearer " + sign();
    }
  }
}
