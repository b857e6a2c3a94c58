package org.xinqiao.testkit.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

/**
 * Reads what reached a topic on the shared broker, from the beginning, in its own consumer group,
 * and writes raw records for consumers to meet. Awaiting is bounded; nothing sleeps.
 */
public final class TopicProbe implements AutoCloseable {

  private final KafkaConsumer<String, byte[]> consumer;
  private final List<ConsumerRecord<String, byte[]>> seen = new CopyOnWriteArrayList<>();

  private TopicProbe(String bootstrap, List<String> topics) {
    consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
        new StringDeserializer(), new ByteArrayDeserializer());
    consumer.subscribe(topics);
  }

  public static TopicProbe on(String... topics) {
    return new TopicProbe(KafkaBroker.shared().bootstrapServers(), List.of(topics));
  }

  /** Polls until a record matches, within the bound, and returns it. */
  public ConsumerRecord<String, byte[]> await(Predicate<ConsumerRecord<String, byte[]>> matching, Duration within) {
    List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
    Awaitility.await().atMost(within).pollInterval(Duration.ofMillis(50)).until(() -> {
      poll();
      seen.stream().filter(matching).findFirst().ifPresent(found::add);
      return !found.isEmpty();
    });
    return found.get(0);
  }

  /** Everything read so far after one more poll. */
  public List<ConsumerRecord<String, byte[]>> records() {
    poll();
    return List.copyOf(seen);
  }

  /** Polls for a while and returns everything seen matching: for asserting counts after the fact. */
  public List<ConsumerRecord<String, byte[]>> drain(Predicate<ConsumerRecord<String, byte[]>> matching, Duration quiet) {
    long end = System.nanoTime() + quiet.toNanos();
    while (System.nanoTime() < end) {
      poll();
    }
    return seen.stream().filter(matching).toList();
  }

  private synchronized void poll() {
    consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
  }

  public static String header(ConsumerRecord<String, byte[]> record, String name) {
    Header h = record.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Writes raw bytes to a topic, synchronously. */
  public static void send(String topic, String key, byte[] value) {
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.shared().bootstrapServers(),
        ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topic, key, value)).get();
    } catch (Exception e) {
      throw new IllegalStateException("could not write to " + topic, e);
    }
  }

  @Override
  public synchronized void close() {
    consumer.close(Duration.ofSeconds(2));
  }
}
