package org.xinqiao.testkit.kafka;

import org.xinqiao.testkit.support.Infra;

/**
 * A real Kafka broker (KRaft) shared by every test of this JVM. It can be stopped and started again
 * on the same address, so tests can show what happens while Kafka is away.
 */
public interface KafkaBroker {

  String bootstrapServers();

  /** Stops the broker; clients see it as gone. Idempotent. */
  void stop();

  /** Starts it again on the same address with the same data. Idempotent. */
  void start();

  boolean running();

  static KafkaBroker shared() {
    return Holder.INSTANCE;
  }

  final class Holder {
    private static final KafkaBroker INSTANCE = create();

    private Holder() {}

    private static KafkaBroker create() {
      KafkaBroker broker = Infra.mode() == Infra.Mode.CONTAINERS
          ? new ContainerKafkaBroker()
          : new KafkaProcess(Infra.scratch("kafka-" + ProcessHandle.current().pid()));
      broker.start();
      Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "kafka-broker-stop"));
      return broker;
    }
  }
}
