package org.xinqiao.gateway.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfig {

  @Bean
  ClientRateLimiter clientRateLimiter(RateLimitProperties properties) {
    return new ClientRateLimiter(properties, System::nanoTime);
  }

  @Bean
  RateLimitFilter rateLimitFilter(ClientRateLimiter limiter, MeterRegistry meters) {
    return new RateLimitFilter(limiter, meters);
  }
}
