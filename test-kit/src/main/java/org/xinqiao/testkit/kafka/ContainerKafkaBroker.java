package org.xinqiao.testkit.kafka;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/** Apache Kafka in a container, for machines with a Docker engine. Stop and start pause it. */
final class ContainerKafkaBroker implements KafkaBroker {

  private final KafkaContainer container = new KafkaContainer("apache/kafka:4.1.2");
  private boolean paused;

  @Override
  public String bootstrapServers() {
    return container.getBootstrapServers();
  }

  @Override
  public synchronized void start() {
    if (!container.isRunning()) {
      container.start();
    } else if (paused) {
      DockerClientFactory.instance().client().unpauseContainerCmd(container.getContainerId()).exec();
      paused = false;
    }
  }

  @Override
  public synchronized void stop() {
    if (container.isRunning() && !paused) {
      DockerClientFactory.instance().client().pauseContainerCmd(container.getContainerId()).exec();
      paused = true;
    }
  }

  @Override
  public synchronized boolean running() {
    return container.isRunning() && !paused;
  }
}
