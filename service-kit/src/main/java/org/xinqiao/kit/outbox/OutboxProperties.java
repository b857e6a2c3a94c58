package org.xinqiao.kit.outbox;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox relay: which collections hold aggregates with an {@code outbox} array, how often to
 * look when nobody nudges, the lease a relay instance holds on a document while publishing, and
 * the backoff while Kafka is unreachable.
 */
@ConfigurationProperties("xinqiao.outbox")
public record OutboxProperties(
    @DefaultValue List<String> collections,
    @DefaultValue("true") boolean enabled,
    @DefaultValue("500ms") Duration pollInterval,
    @DefaultValue("30s") Duration lease,
    @DefaultValue("100") int batchSize,
    @DefaultValue("200ms") Duration initialBackoff,
    @DefaultValue("10s") Duration maxBackoff,
    @DefaultValue("10s") Duration sendTimeout) {}
