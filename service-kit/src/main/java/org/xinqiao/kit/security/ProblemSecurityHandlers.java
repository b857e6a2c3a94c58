package org.xinqiao.kit.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.xinqiao.kit.problem.ProblemWriter;

/** 401 and 403 as problem documents; the 401 names the Bearer scheme. */
public final class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Bearer");
    ProblemWriter.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated",
        "A valid access token is required.");
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    ProblemWriter.write(request, response, HttpStatus.FORBIDDEN, "forbidden", "You may not do this.");
  }
}
