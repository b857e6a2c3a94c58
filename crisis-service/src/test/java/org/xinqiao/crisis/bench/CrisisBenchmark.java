package org.xinqiao.crisis.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.xinqiao.contracts.Topics;
import org.xinqiao.crisis.CrisisServiceApplication;
import org.xinqiao.crisis.cases.CrisisCase;
import org.xinqiao.crisis.cases.persistence.CaseStore;
import org.xinqiao.crisis.triage.Severity;
import org.xinqiao.crisis.triage.SignalKind;
import org.xinqiao.testkit.http.Api;
import org.xinqiao.testkit.jwt.TestJwtIssuer;
import org.xinqiao.testkit.kafka.KafkaBroker;
import org.xinqiao.testkit.mongo.MongoStore;

/**
 * Two figures, on the same real parts the integration tests use (Kafka KRaft process, MongoDB wire
 * server, signed tokens):
 *
 * <ol>
 *   <li>Signal accepted → first page consumed: a client POSTs a present-danger signal and a plain
 *       Kafka consumer on {@code crisis.notifications} receives the page. Measured one signal at a
 *       time, from the request (and from the 202), against a raw kafka-clients produce → consume of
 *       one record at a time in the same run with the service's producer settings.
 *   <li>Timer lateness with 10,000 open deadlines: cases inserted with deadlines spread over a
 *       window; lateness = when the tier was escalated (timeline) minus its deadline.
 * </ol>
 *
 * <p>Run (see crisis-service/README.md): {@code ./mvnw -o -q -pl crisis-service test-compile
 * org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.xinqiao.crisis.bench.CrisisBenchmark -Dexec.args="300 10000 60"}. Arguments:
 * signals (300), open deadlines (10000), seconds the deadlines are spread over (60).
 */
public final class CrisisBenchmark {

  public static void main(String[] args) throws Exception {
    int signals = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    int deadlines = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    Duration spread = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 60);

    String bootstrap = KafkaBroker.shared().bootstrapServers();
    ConfigurableApplicationContext app = start(bootstrap);
    try {
      int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
      List<Long> baseline = rawBaseline(bootstrap, signals);
      Latencies crisis = signalToPage(bootstrap, port, signals);
      List<Long> lateness = timerLateness(app, deadlines, spread);

      System.out.println();
      System.out.println("== crisis-service benchmark ==");
      System.out.printf("raw kafka-clients produce->consume   n=%d  p50=%6.1f ms  p99=%6.1f ms%n", baseline.size(),
          pct(baseline, 50), pct(baseline, 99));
      System.out.printf("signal request -> page consumed       n=%d  p50=%6.1f ms  p99=%6.1f ms%n", crisis.fromRequest.size(),
          pct(crisis.fromRequest, 50), pct(crisis.fromRequest, 99));
      System.out.printf("signal 202 -> page consumed           n=%d  p50=%6.1f ms  p99=%6.1f ms%n", crisis.fromAccepted.size(),
          pct(crisis.fromAccepted, 50), pct(crisis.fromAccepted, 99));
      System.out.printf("p99 ratio (request->page / raw)       %.2fx%n", pct(crisis.fromRequest, 99) / pct(baseline, 99));
      System.out.printf("timer lateness, %d deadlines over %ds  n=%d  p50=%6.1f ms  p99=%6.1f ms  max=%6.1f ms%n",
          deadlines, spread.toSeconds(), lateness.size(), pct(lateness, 50), pct(lateness, 99), pct(lateness, 100));
    } finally {
      app.close();
    }
    System.exit(0);
  }

  static ConfigurableApplicationContext start(String bootstrap) {
    Map<String, Object> props = new HashMap<>();
    String db = "bench_" + UUID.randomUUID().toString().substring(0, 8);
    MongoStore mongo = MongoStore.shared();
    props.put("spring.mongodb.uri", mongo.uri(db));
    props.put("spring.mongodb.database", db);
    props.put("management.health.mongodb.enabled", "false");
    props.put("spring.kafka.bootstrap-servers", bootstrap);
    props.put("spring.kafka.consumer.group-id", "crisis-bench-" + UUID.randomUUID());
    props.put("xinqiao.security.issuer-uri", TestJwtIssuer.shared().issuerUri());
    props.put("xinqiao.security.jwk-set-uri", TestJwtIssuer.shared().jwksUri());
    props.put("server.port", "0");
    props.put("logging.level.root", "WARN");
    // command-line arguments outrank application.yml (builder "properties" would only be defaults)
    String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    return new SpringApplicationBuilder(CrisisServiceApplication.class).run(args);
  }

  /** One record at a time: produce (acks=all, idempotent, linger 0, as the outbox relay) and wait for its consumption. */
  static List<Long> rawBaseline(String bootstrap, int n) throws Exception {
    String topic = "bench.baseline." + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Long> received = new ConcurrentHashMap<>();
    try (Tail tail = new Tail(bootstrap, topic, received);
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 0),
            new StringSerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topic, "warm", new byte[10])).get();
      tail.awaitReady();
      List<Long> out = new ArrayList<>();
      byte[] value = new byte[400];
      for (int i = 0; i < n + 20; i++) {
        String key = "k" + i;
        long t0 = System.nanoTime();
        producer.send(new ProducerRecord<>(topic, key, value));
        long t1 = awaitKey(received, key);
        if (i >= 20) {
          out.add(t1 - t0);
        }
      }
      return out;
    }
  }

  record Latencies(List<Long> fromRequest, List<Long> fromAccepted) {}

  static Latencies signalToPage(String bootstrap, int port, int n) throws Exception {
    Map<String, Long> received = new ConcurrentHashMap<>();
    try (Tail tail = new Tail(bootstrap, Topics.CRISIS_NOTIFICATIONS, received)) {
      tail.awaitReady();
      List<Long> fromRequest = new ArrayList<>();
      List<Long> fromAccepted = new ArrayList<>();
      for (int i = 0; i < n + 20; i++) {
        String client = UUID.randomUUID().toString();
        Api api = Api.local(port).as(TestJwtIssuer.shared().token("u-" + client, "client").claim("pseudonym_id", client).sign());
        long t0 = System.nanoTime();
        Api.Response r = api.post("/api/v1/crisis/signals", Map.of("presentDanger", true, "regionCode", "540000"));
        long accepted = System.nanoTime();
        if (r.status() != 202) {
          throw new IllegalStateException("signal refused: " + r);
        }
        long t1 = awaitKey(received, r.json().get("caseId").stringValue());
        if (i >= 20) {
          fromRequest.add(t1 - t0);
          fromAccepted.add(t1 - accepted);
        }
      }
      return new Latencies(fromRequest, fromAccepted);
    }
  }

  @SuppressWarnings("unchecked")
  static List<Long> timerLateness(ConfigurableApplicationContext app, int n, Duration spread) throws Exception {
    CaseStore store = app.getBean(CaseStore.class);
    MongoTemplate mongo = app.getBean(MongoTemplate.class);
    Instant base = Instant.now().plusSeconds(15);
    long stepNanos = spread.toNanos() / n;
    for (int i = 0; i < n; i++) {
      Instant deadline = base.plusNanos(stepNanos * i);
      Instant now = Instant.now();
      CrisisCase c = CrisisCase.open(UUID.randomUUID().toString(), "bench-timer-" + i, SignalKind.ASSESSMENT,
          Severity.HIGH, "540000", List.of("team-540000", "team-national"), Duration.between(now, deadline), now);
      c.pullEvents();
      store.insert(c, "bench:" + i, null);
    }
    Instant last = base.plus(spread);
    System.out.printf("inserted %d open deadlines; the first is due in %ds%n", n, Duration.between(Instant.now(), base).toSeconds());
    Query firstTier = new Query(Criteria.where("clientId").regex("^bench-timer-").and("tier").is(1));
    long deadlineEnd = System.nanoTime() + spread.plusSeconds(120).toNanos();
    while (System.nanoTime() < deadlineEnd) {
      if (Instant.now().isAfter(last) && mongo.count(firstTier, CaseStore.COLLECTION) == 0) {
        break;
      }
      Thread.sleep(500);
    }
    List<Long> lateness = new ArrayList<>();
    Query all = new Query(Criteria.where("clientId").regex("^bench-timer-"));
    all.fields().include("timeline");
    for (Document d : mongo.find(all, Document.class, CaseStore.COLLECTION)) {
      for (Document t : (List<Document>) d.get("timeline", List.class)) {
        if ("DEADLINE_MISSED".equals(t.getString("kind")) && t.getInteger("tier") == 1) {
          Instant due = Instant.parse(t.getString("detail"));
          lateness.add(Duration.between(due, t.getDate("at").toInstant()).toNanos());
        }
      }
    }
    if (lateness.size() < n) {
      System.out.printf("WARNING: only %d of %d deadlines fired within the bound%n", lateness.size(), n);
    }
    return lateness;
  }

  static long awaitKey(Map<String, Long> received, String key) throws InterruptedException {
    long bound = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    Long at;
    while ((at = received.get(key)) == null) {
      if (System.nanoTime() > bound) {
        throw new IllegalStateException("no record for " + key + " within 30 s");
      }
      java.util.concurrent.locks.LockSupport.parkNanos(50_000);
    }
    return at;
  }

  static double pct(List<Long> nanos, int p) {
    if (nanos.isEmpty()) {
      return Double.NaN;
    }
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    int idx = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(idx, sorted.size() - 1))) / 1e6;
  }

  /** A consumer thread noting when each key arrived. */
  static final class Tail implements AutoCloseable {
    private final KafkaConsumer<String, byte[]> consumer;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicBoolean ready = new AtomicBoolean();
    private final Thread thread;

    Tail(String bootstrap, String topic, Map<String, Long> received) {
      consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
          ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
          ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5),
          new StringDeserializer(), new ByteArrayDeserializer());
      consumer.subscribe(List.of(topic));
      thread = new Thread(() -> {
        while (running.get()) {
          for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(5))) {
            received.putIfAbsent(r.key(), System.nanoTime());
          }
          if (!consumer.assignment().isEmpty()) {
            ready.set(true);
          }
        }
        consumer.close();
      }, "bench-tail-" + topic);
      thread.start();
    }

    void awaitReady() throws InterruptedException {
      long bound = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!ready.get() && System.nanoTime() < bound) {
        java.util.concurrent.locks.LockSupport.parkNanos(50_000);
      }
      if (!ready.get()) {
        throw new IllegalStateException("consumer got no partitions");
      }
    }

    @Override
    public void close() throws InterruptedException {
      running.set(false);
      thread.join(5000);
    }
  }
}
