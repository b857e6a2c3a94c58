package org.xinqiao.gateway.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RequestLimitsProperties.class, CorsProperties.class})
class WebConfig {}
