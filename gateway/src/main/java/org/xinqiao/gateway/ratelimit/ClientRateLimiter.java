package org.xinqiao.gateway.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One {@link TokenBucket} per API client, sized from {@link RateLimitProperties}.
 *
 * <p>The buckets live in this gateway instance's memory: with several gateway replicas each one
 * enforces the limit on its own share of the traffic, so a client can get up to
 * replicas&nbsp;&times;&nbsp;limit in total, and a restart forgets the counts. That is accepted for
 * protecting the services from a runaway partner app; a limit that must hold across replicas needs
 * a shared store (e.g. Redis with Spring Cloud Gateway's RedisRateLimiter).
 *
 * <p>Memory stays bounded: once more than {@code maxTrackedClients} buckets exist, the full ones
 * (clients idle long enough to have refilled, indistinguishable from a new bucket) are dropped.
 */
public class ClientRateLimiter {

  private final RateLimitProperties properties;
  private final LongSupplier nanoTime;
  private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

  public ClientRateLimiter(RateLimitProperties properties, LongSupplier nanoTime) {
    this.properties = properties;
    this.nanoTime = nanoTime;
  }

  public TokenBucket.Decision tryConsume(String client) {
    TokenBucket bucket = buckets.computeIfAbsent(client, this::newBucket);
    TokenBucket.Decision decision = bucket.tryConsume();
    if (buckets.size() > properties.maxTrackedClients()) {
      buckets.values().removeIf(TokenBucket::isFull);
    }
    return decision;
  }

  /** The clients with limits of their own in the configuration. */
  public java.util.Set<String> configuredClients() {
    return properties.clients().keySet();
  }

  public long capacityOf(String client) {
    return properties.capacityOf(client);
  }

  int trackedClients() {
    return buckets.size();
  }

  private TokenBucket newBucket(String client) {
    return new TokenBucket(properties.capacityOf(client), properties.refillPerSecondOf(client),
        nanoTime);
  }
}
