package org.xinqiao.gateway.web;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which partner web apps may call the API from a browser.
 *
 * @param allowedOrigins exact origins, e.g. {@code https://app.partner.example}; empty means no
 *     cross-origin browser access at all
 * @param maxAge how long a browser may cache a preflight answer
 */
@ConfigurationProperties("xinqiao.gateway.cors")
public record CorsProperties(@DefaultValue List<String> allowedOrigins,
    @DefaultValue("30m") Duration maxAge) {}
