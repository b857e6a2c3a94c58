package org.xinqiao.gateway.web;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * CORS for the configured partner origins only. Spring Security's CORS filter uses this source, so
 * preflight requests are answered before any token is asked for.
 */
@Configuration(proxyBeanMethods = false)
class CorsConfig {

  static final List<String> ALLOWED_HEADERS = List.of(HttpHeaders.AUTHORIZATION,
      HttpHeaders.CONTENT_TYPE, "Idempotency-Key", CorrelationId.HEADER, "traceparent");
  static final List<String> EXPOSED_HEADERS = List.of(CorrelationId.HEADER,
      HttpHeaders.RETRY_AFTER, HttpHeaders.LOCATION, HttpHeaders.ETAG);

  @Bean
  CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
    CorsConfiguration cors = new CorsConfiguration();
    cors.setAllowedOrigins(properties.allowedOrigins());
    cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
    cors.setAllowedHeaders(ALLOWED_HEADERS);
    cors.setExposedHeaders(EXPOSED_HEADERS);
    cors.setAllowCredentials(false);
    cors.setMaxAge(properties.maxAge());
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    source.registerCorsConfiguration("/**", cors);
    return source;
  }
}
