package org.xinqiao.testkit.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/** Where a Docker engine answers, the container variants work too; elsewhere this class is skipped. */
@Testcontainers(disabledWithoutDocker = true)
class ContainerInfrastructureIT {

  @Test
  void kafkaContainerPausesAndResumes() {
    ContainerKafkaBroker broker = new ContainerKafkaBroker();
    broker.start();
    assertThat(broker.running()).isTrue();
    broker.stop();
    assertThat(broker.running()).isFalse();
    broker.start();
    assertThat(broker.bootstrapServers()).isNotBlank();
  }

  @Test
  void mongoContainerIsAReplicaSet() {
    try (MongoDBContainer mongo = new MongoDBContainer("mongo:7.0")) {
      mongo.start();
      try (MongoClient client = MongoClients.create(mongo.getReplicaSetUrl())) {
        Document hello = client.getDatabase("admin").runCommand(new Document("hello", 1));
        assertThat(hello.getString("setName")).isNotBlank();
      }
    }
  }
}
