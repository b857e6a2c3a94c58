package org.xinqiao.booking.bench;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.xinqiao.booking.availability.Slot;
import org.xinqiao.booking.availability.SlotClaims;
import org.xinqiao.testkit.mongo.MongoStore;

/**
 * Slot-claim throughput and tail latency, three ways in one run on the same MongoDB endpoint:
 * the service's claim ({@link SlotClaims}) with 100 contenders per slot across many slots, the same
 * claim uncontended (every attempt a different slot), and a raw-driver conditional insert loop with
 * the same contention. A command, not a test: it prints figures and asserts nothing about time.
 *
 * <pre>
 * ./mvnw -o -q -pl booking-service test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *   -Dexec.classpathScope=test -Dexec.mainClass=org.xinqiao.booking.bench.SlotClaimBenchmark \
 *   -Dexec.args="--slots 200 --contenders 100 --threads 32"
 * </pre>
 * {@code --uri mongodb://host:27017} measures a real MongoDB instead of the in-JVM wire server.
 */
public final class SlotClaimBenchmark {

  interface Attempt {
    boolean claim(int slot, String contender);
  }

  record Result(String name, int attempts, int wins, double seconds, long[] latenciesNanos) {
    double throughput() {
      return attempts / seconds;
    }

    double percentileMillis(double p) {
      long[] sorted = latenciesNanos.clone();
      Arrays.sort(sorted);
      int i = Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1);
      return sorted[Math.max(0, i)] / 1e6;
    }
  }

  public static void main(String[] args) throws Exception {
    int slots = intArg(args, "--slots", 200);
    int contenders = intArg(args, "--contenders", 100);
    int threads = intArg(args, "--threads", 32);
    String uri = stringArg(args, "--uri", null);
    int rounds = intArg(args, "--rounds", 2);
    String base = uri != null ? uri : MongoStore.shared().uri("").replaceAll("/$", "");

    System.out.printf(Locale.ROOT, "slot-claim benchmark: %d slots x %d contenders, %d threads, %s%n",
        slots, contenders, threads, uri == null ? "in-JVM MongoDB wire server" : uri);
    try (MongoClient client = MongoClients.create(base)) {
      Instant t0 = Instant.parse("2030-01-07T01:00:00Z");
      // a full-size warm-up round of every path (JIT, connection pool, collection creation), discarded;
      // then the measured round, interleaved so that no path profits from running last
      Result contended = null;
      Result uncontended = null;
      Result raw = null;
      for (int round = 0; round < rounds; round++) {
        contended = run("service claim, contended", client, slots, contenders, threads, t0, Mode.SERVICE);
        raw = run("raw driver insert, contended", client, slots, contenders, threads, t0, Mode.RAW);
        uncontended = run("service claim, uncontended", client, slots * contenders, 1, threads, t0, Mode.SERVICE);
      }
      System.out.println();
      System.out.printf(Locale.ROOT, "%-30s %10s %8s %10s %10s %10s%n", "run", "attempts", "wins", "claims/s", "p50 ms", "p99 ms");
      for (Result r : List.of(contended, uncontended, raw)) {
        System.out.printf(Locale.ROOT, "%-30s %10d %8d %10.0f %10.2f %10.2f%n", r.name(), r.attempts(), r.wins(),
            r.throughput(), r.percentileMillis(0.50), r.percentileMillis(0.99));
      }
      double vsRaw = contended.throughput() / raw.throughput();
      double p99Ratio = contended.percentileMillis(0.99) / uncontended.percentileMillis(0.99);
      System.out.println();
      System.out.printf(Locale.ROOT, "contended throughput / raw driver throughput = %.2f (target >= 0.5)%n", vsRaw);
      System.out.printf(Locale.ROOT, "contended p99 / uncontended p99             = %.2f (target <= 3.0)%n", p99Ratio);
      System.out.printf(Locale.ROOT, "exactly one winner per contended slot: service %s, raw %s%n",
          contended.wins() == slots, raw.wins() == slots);
    }
    System.exit(0);
  }

  enum Mode { SERVICE, RAW }

  static Result run(String name, MongoClient client, int slots, int contenders, int threads, Instant t0, Mode mode)
      throws Exception {
    String db = "bench_" + UUID.randomUUID().toString().substring(0, 8);
    Attempt attempt;
    if (mode == Mode.SERVICE) {
      SlotClaims claims = new SlotClaims(new MongoTemplate(client, db));
      attempt = (slot, contender) -> {
        Instant start = t0.plus(Duration.ofHours(slot));
        return claims.claim("counselor-bench", new Slot(start, start.plus(Duration.ofMinutes(50))), contender, "client-" + contender,
            Instant.now());
      };
    } else {
      MongoCollection<Document> raw = client.getDatabase(db).getCollection("raw_claims");
      attempt = (slot, contender) -> {
        Instant start = t0.plus(Duration.ofHours(slot));
        try {
          raw.insertOne(new Document("_id", "counselor-bench|" + start).append("counselorId", "counselor-bench")
              .append("start", Date.from(start)).append("end", Date.from(start.plus(Duration.ofMinutes(50))))
              .append("bookingId", contender).append("clientId", "client-" + contender).append("claimedAt", new Date()));
          return true;
        } catch (MongoWriteException e) {
          if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
            return false;
          }
          throw e;
        }
      };
    }
    int total = slots * contenders;
    long[] latencies = new long[total];
    AtomicInteger wins = new AtomicInteger();
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long begin = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(pool.submit(() -> {
        // attempts are handed out slot by slot, so the contenders of one slot run at the same time
        for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
          int slot = i / contenders;
          long s = System.nanoTime();
          if (attempt.claim(slot, "b-" + i)) {
            wins.incrementAndGet();
          }
          latencies[i] = System.nanoTime() - s;
        }
      }));
    }
    for (Future<?> w : workers) {
      w.get();
    }
    double seconds = (System.nanoTime() - begin) / 1e9;
    pool.shutdown();
    client.getDatabase(db).drop();
    return new Result(name, total, wins.get(), seconds, latencies);
  }

  static int intArg(String[] args, String name, int fallback) {
    String v = stringArg(args, name, null);
    return v == null ? fallback : Integer.parseInt(v);
  }

  static String stringArg(String[] args, String name, String fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
