package org.xinqiao.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import reactor.core.publisher.Mono;

/** The gateway's bearer token reader answers exactly as Spring Security's own converter. */
class BearerTokensTest {

  static final List<String> HEADERS = List.of(
      "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl",
      "bearer abc.def.ghi",
      "BEARER abc",
      "Bearer a-b_c~d+e/f.g",
      "Bearer abc==",
      "Bearer abc=d",
      "Bearer ",
      "Bearer",
      "Bearer  abc",
      "Bearer abc def",
      "Bearer abc\tdef",
      "Bearer ab%c",
      "Bearer ab\"c",
      "Bearer =",
      "Bearerabc",
      "Bearer\tabc",
      "Basic dXNlcjpwYXNz",
      "Token abc",
      "",
      "Bearer 中文");

  private final ServerAuthenticationConverter spring = new ServerBearerTokenAuthenticationConverter();
  private final ServerAuthenticationConverter gateway = new BearerTokens();

  @ParameterizedTest
  @FieldSource("HEADERS")
  void sameOutcomeAsSpringSecurity(String header) {
    assertThat(outcome(gateway, header)).isEqualTo(outcome(spring, header));
  }

  @Test
  void noHeaderIsNoToken() {
    assertThat(outcome(gateway, null)).isEqualTo("none");
  }

  private static String outcome(ServerAuthenticationConverter converter, String header) {
    MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/v1/regions");
    if (header != null) {
      request.header(HttpHeaders.AUTHORIZATION, header);
    }
    try {
      Authentication authentication = converter.convert(MockServerWebExchange.from(request))
          .onErrorResume(OAuth2AuthenticationException.class, e -> Mono.error(new Refused(e)))
          .block(Duration.ofSeconds(5));
      return authentication == null ? "none"
          : "token:" + ((BearerTokenAuthenticationToken) authentication).getToken();
    } catch (Refused refused) {
      return "refused:" + refused.error.getError().getErrorCode() + ":" + refused.error.getError().getDescription();
    }
  }

  private static final class Refused extends RuntimeException {
    final OAuth2AuthenticationException error;

    Refused(OAuth2AuthenticationException error) {
      super(error);
      this.error = error;
    }
  }
}
