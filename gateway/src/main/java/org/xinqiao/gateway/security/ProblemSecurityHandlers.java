package org.xinqiao.gateway.security;

import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;
import org.xinqiao.gateway.problem.ProblemType;
import org.xinqiao.gateway.problem.ProblemWriter;
import reactor.core.publisher.Mono;

/**
 * Spring Security's refusals as problem documents: 401 with {@code WWW-Authenticate: Bearer} for a
 * missing or invalid token, 403 for a role that may not make the request, 400 for a request the
 * firewall rejects (encoded slashes, path traversal and the like).
 */
final class ProblemSecurityHandlers
    implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler,
    ServerExchangeRejectedHandler {

  private static final int MAX_DESCRIPTION = 200;

  private final ProblemWriter problems;

  ProblemSecurityHandlers(ProblemWriter problems) {
    this.problems = problems;
  }

  @Override
  public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
    HttpHeaders headers = new HttpHeaders();
    String detail;
    if (failure instanceof OAuth2AuthenticationException oauth
        && oauth.getError() instanceof BearerTokenError error) {
      headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"" + error.getErrorCode() + "\"");
      detail = "The bearer token is not valid: " + clean(error.getDescription());
    } else {
      headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
      detail = "A bearer token is required.";
    }
    return problems.write(exchange, ProblemType.UNAUTHENTICATED, detail, Map.of(), headers);
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
    return problems.write(exchange, ProblemType.FORBIDDEN,
        "Your role does not allow this request.");
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
    return problems.write(exchange, ProblemType.BAD_REQUEST, "The request was rejected.");
  }

  private static String clean(String description) {
    if (description == null || description.isBlank()) {
      return "invalid token.";
    }
    String oneLine = description.replaceAll("[\\r\\n\\t]", " ");
    return oneLine.length() > MAX_DESCRIPTION ? oneLine.substring(0, MAX_DESCRIPTION) : oneLine;
  }
}
