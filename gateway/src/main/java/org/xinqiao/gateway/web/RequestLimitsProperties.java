package org.xinqiao.gateway.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a caller may send through the gateway.
 *
 * @param maxBodySize largest request body accepted ({@code xinqiao.gateway.max-body-size}, default
 *     1MB); a larger declared Content-Length is refused before proxying, a chunked body is counted
 *     as it streams
 */
@ConfigurationProperties("xinqiao.gateway")
public record RequestLimitsProperties(@DefaultValue("1MB") DataSize maxBodySize) {}
