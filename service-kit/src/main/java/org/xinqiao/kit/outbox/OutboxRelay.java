package org.xinqiao.kit.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.xinqiao.kit.observability.CorrelationId;

/**
 * Publishes the events waiting in aggregate documents' {@code outbox} arrays, then removes them.
 *
 * <p>Correct without multi-document transactions: the state change and its events were written
 * together in one document. A relay instance first takes a time-limited lease on a document (a
 * conditional update, so two instances never publish the same document at once), sends its events
 * in array order to the record key's partition with an idempotent producer (per-key order holds),
 * waits for every acknowledgement, and only then pulls exactly those event ids. A crash between
 * sending and pulling republishes them later: delivery is at least once and consumers deduplicate
 * by event id. While Kafka is unreachable nothing is lost; the relay backs off exponentially.
 */
public class OutboxRelay implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

  /** Observes each document's events after Kafka acknowledged them and before they are removed. */
  public interface Listener {
    void published(String collection, Object documentId, List<OutboxEvent> events);
  }

  private final MongoTemplate mongo;
  private final KafkaTemplate<String, byte[]> kafka;
  private final OutboxProperties props;
  private final Clock clock;
  private final List<Listener> listeners;
  private final MeterRegistry meters;
  private final Map<String, AtomicLong> backlog = new ConcurrentHashMap<>();
  private final Counter failures;
  private final Timer lag;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition wake = lock.newCondition();
  private boolean nudged;
  private volatile boolean running;
  private Thread worker;
  private long lastBacklogCount;

  public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, OutboxProperties props, Clock clock,
      List<Listener> listeners, MeterRegistry meters) {
    this.mongo = mongo;
    this.kafka = kafka;
    this.props = props;
    this.clock = clock;
    this.listeners = List.copyOf(listeners);
    this.meters = meters;
    this.failures = Counter.builder("xinqiao.outbox.publish.failures")
        .description("Outbox publish attempts that failed and will be retried").register(meters);
    this.lag = Timer.builder("xinqiao.outbox.lag")
        .description("Time from the state change to Kafka's acknowledgement of its event").register(meters);
    for (String collection : props.collections()) {
      AtomicLong value = new AtomicLong();
      backlog.put(collection, value);
      Gauge.builder("xinqiao.outbox.backlog", value, AtomicLong::get)
          .description("Documents with events not yet published").tag("collection", collection).register(meters);
    }
  }

  /** Wakes the relay now rather than at the next poll: call after writing outbox entries. */
  public void nudge() {
    lock.lock();
    try {
      nudged = true;
      wake.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * One pass over every collection: publishes what is pending and returns how many events went
   * out. Throws nothing; failures are counted and left for the next pass.
   */
  public int relayOnce() {
    int published = 0;
    for (String collection : props.collections()) {
      published += relayCollection(collection);
    }
    refreshBacklog();
    return published;
  }

  private int relayCollection(String collection) {
    Query pending = new Query(Criteria.where(Outbox.FIELD + ".0").exists(true)).limit(props.batchSize());
    pending.fields().include("_id");
    int published = 0;
    for (Document doc : mongo.find(pending, Document.class, collection)) {
      Object id = doc.get("_id");
      Date leaseUntil = Date.from(clock.instant().plus(props.lease()));
      Document claimed = claim(collection, id, leaseUntil);
      if (claimed == null) {
        continue;
      }
      List<OutboxEvent> events = entries(claimed);
      try {
        send(events);
        listeners.forEach(l -> l.published(collection, id, events));
        markSent(collection, id, events, leaseUntil);
        published += events.size();
      } catch (RuntimeException e) {
        failures.increment();
        release(collection, id, leaseUntil);
        throw new RelayFailure(collection, e);
      }
    }
    return published;
  }

  private Document claim(String collection, Object id, Date leaseUntil) {
    Date now = Date.from(clock.instant());
    Query query = new Query(new Criteria().andOperator(
        Criteria.where("_id").is(id),
        Criteria.where(Outbox.FIELD + ".0").exists(true),
        new Criteria().orOperator(Criteria.where(Outbox.LEASE).is(null), Criteria.where(Outbox.LEASE).lt(now))));
    return mongo.findAndModify(query, new Update().set(Outbox.LEASE, leaseUntil),
        FindAndModifyOptions.options().returnNew(true), Document.class, collection);
  }

  private void send(List<OutboxEvent> events) {
    List<CompletableFuture<?>> acks = new ArrayList<>();
    for (OutboxEvent e : events) {
      ProducerRecord<String, byte[]> record =
          new ProducerRecord<>(e.topic(), e.key(), e.payload().getBytes(StandardCharsets.UTF_8));
      header(record, "content-type", "application/cloudevents+json");
      header(record, "ce_id", e.eventId());
      header(record, "ce_type", e.type());
      header(record, CorrelationId.KAFKA_HEADER, e.correlationId());
      header(record, "traceparent", e.traceparent());
      acks.add(kafka.send(record));
    }
    for (int i = 0; i < acks.size(); i++) {
      try {
        acks.get(i).get(props.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        lag.record(Duration.between(events.get(i).createdAt(), clock.instant()));
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while publishing", ex);
      } catch (Exception ex) {
        throw new IllegalStateException("Kafka did not acknowledge event " + events.get(i).eventId(), ex);
      }
    }
  }

  private void markSent(String collection, Object id, List<OutboxEvent> events, Date lease) {
    List<String> ids = events.stream().map(OutboxEvent::eventId).toList();
    Update update = new Update()
        .pull(Outbox.FIELD, new Document("eventId", new Document("$in", ids)))
        .unset(Outbox.LEASE);
    mongo.updateFirst(new Query(Criteria.where("_id").is(id).and(Outbox.LEASE).is(lease)), update, collection);
    Counter.builder("xinqiao.outbox.published").tag("collection", collection).register(meters)
        .increment(events.size());
  }

  private void release(String collection, Object id, Date lease) {
    try {
      mongo.updateFirst(new Query(Criteria.where("_id").is(id).and(Outbox.LEASE).is(lease)),
          new Update().unset(Outbox.LEASE), collection);
    } catch (RuntimeException e) {
      log.warn("could not release outbox lease in {}; it expires by itself", collection);
    }
  }

  private void refreshBacklog() {
    long now = System.nanoTime();
    if (now - lastBacklogCount < 1_000_000_000L) {
      return;
    }
    lastBacklogCount = now;
    backlog.forEach((collection, value) -> value.set(
        mongo.count(new Query(Criteria.where(Outbox.FIELD + ".0").exists(true)), collection)));
  }

  @SuppressWarnings("unchecked")
  private static List<OutboxEvent> entries(Document doc) {
    List<Document> raw = (List<Document>) doc.get(Outbox.FIELD, List.class);
    List<OutboxEvent> events = new ArrayList<>();
    for (Document d : raw) {
      Object created = d.get("createdAt");
      Instant createdAt = created instanceof Date date ? date.toInstant() : Instant.now();
      events.add(new OutboxEvent(d.getString("eventId"), d.getString("topic"), d.getString("key"),
          d.getString("type"), d.getString("payload"), d.getString("correlationId"), d.getString("traceparent"),
          createdAt));
    }
    return events;
  }

  private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
    if (value != null) {
      record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
  }

  private void loop() {
    Duration backoff = props.initialBackoff();
    while (running) {
      boolean failed = false;
      int published = 0;
      try {
        published = relayOnce();
        backoff = props.initialBackoff();
      } catch (RuntimeException e) {
        failed = true;
        log.warn("outbox relay could not publish ({}); retrying in {} ms", rootMessage(e), backoff.toMillis());
      }
      if (failed) {
        pause(backoff, false);
        backoff = backoff.multipliedBy(2).compareTo(props.maxBackoff()) > 0 ? props.maxBackoff() : backoff.multipliedBy(2);
      } else if (published == 0) {
        pause(props.pollInterval(), true);
      }
    }
  }

  private void pause(Duration duration, boolean wakeOnNudge) {
    lock.lock();
    try {
      long nanos = duration.toNanos();
      if (!wakeOnNudge) {
        nudged = false;
      }
      while (running && nanos > 0 && !(wakeOnNudge && nudged)) {
        nanos = wake.awaitNanos(nanos);
      }
      nudged = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    } finally {
      lock.unlock();
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }

  @Override
  public void start() {
    if (!props.enabled() || props.collections().isEmpty() || running) {
      return;
    }
    running = true;
    worker = new Thread(this::loop, "outbox-relay");
    worker.setDaemon(true);
    worker.start();
  }

  @Override
  public void stop() {
    running = false;
    nudge();
    if (worker != null) {
      try {
        worker.join(TimeUnit.SECONDS.toMillis(15));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** A pass stopped at a document that could not be published. */
  static final class RelayFailure extends RuntimeException {
    RelayFailure(String collection, Throwable cause) {
      super("publishing from " + collection + " failed", cause);
    }
  }
}
