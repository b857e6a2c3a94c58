package org.xinqiao.gateway.ratelimit;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-client rate limits ({@code xinqiao.gateway.rate-limit}).
 *
 * @param defaultCapacity burst size for a client without an override
 * @param defaultRefillPerSecond sustained requests per second for a client without an override
 * @param clients overrides keyed by the token's client ({@code azp}); a field left out takes the
 *     default
 * @param maxTrackedClients how many client buckets are kept before full (idle) ones are dropped
 */
@ConfigurationProperties("xinqiao.gateway.rate-limit")
public record RateLimitProperties(
    @DefaultValue("200") long defaultCapacity,
    @DefaultValue("50") double defaultRefillPerSecond,
    @DefaultValue Map<String, ClientLimit> clients,
    @DefaultValue("10000") int maxTrackedClients) {

  public RateLimitProperties {
    clients = Map.copyOf(clients);
  }

  /**
   * @param capacity burst size, or null for the default
   * @param refillPerSecond sustained rate, or null for the default
   */
  public record ClientLimit(Long capacity, Double refillPerSecond) {}

  long capacityOf(String client) {
    ClientLimit limit = clients.get(client);
    return limit != null && limit.capacity() != null ? limit.capacity() : defaultCapacity;
  }

  double refillPerSecondOf(String client) {
    ClientLimit limit = clients.get(client);
    return limit != null && limit.refillPerSecond() != null
        ? limit.refillPerSecond()
        : defaultRefillPerSecond;
  }
}
