package org.xinqiao.testkit.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The shared broker is a real Kafka: records survive a stop and a start on the same address. */
class KafkaBrokerIT {

  @Test
  void recordsWrittenBeforeAStopAreReadAfterTheRestart() {
    String topic = "testkit-" + UUID.randomUUID();
    KafkaBroker broker = KafkaBroker.shared();
    String address = broker.bootstrapServers();
    TopicProbe.send(topic, "k1", "before".getBytes(StandardCharsets.UTF_8));

    broker.stop();
    assertThat(broker.running()).isFalse();
    broker.start();

    assertThat(broker.bootstrapServers()).isEqualTo(address);
    TopicProbe.send(topic, "k2", "after".getBytes(StandardCharsets.UTF_8));
    try (TopicProbe probe = TopicProbe.on(topic)) {
      probe.await(r -> "k1".equals(r.key()), Duration.ofSeconds(30));
      probe.await(r -> "k2".equals(r.key()), Duration.ofSeconds(30));
    }
  }
}
