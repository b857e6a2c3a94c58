package org.xinqiao.gateway.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A closed-loop load driver: a fixed number of workers each send one request, wait for the answer
 * and send the next, for a fixed time. Reports throughput and latency percentiles of the 2xx answers
 * and counts everything else.
 */
final class LoadDriver {

  record Result(String name, int concurrency, double requestsPerSecond, double p50Millis, double p99Millis,
      long ok, long failed) {

    @Override
    public String toString() {
      return String.format("%-29s c=%-3d %10.0f req/s   p50 %7.2f ms   p99 %7.2f ms   ok %d   failed %d",
          name, concurrency, requestsPerSecond, p50Millis, p99Millis, ok, failed);
    }
  }

  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .executor(Executors.newFixedThreadPool(4))
      .build();

  Result run(String name, String url, String bearer, int concurrency, Duration duration) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET();
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    HttpRequest request = b.build();
    ExecutorService workers = Executors.newFixedThreadPool(concurrency);
    long end = System.nanoTime() + duration.toNanos();
    List<Future<long[]>> futures = new ArrayList<>();
    long[] failures = new long[concurrency];
    for (int w = 0; w < concurrency; w++) {
      int worker = w;
      futures.add(workers.submit(() -> {
        long[] latencies = new long[1 << 16];
        int n = 0;
        while (System.nanoTime() < end) {
          long t0 = System.nanoTime();
          try {
            HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
            long t = System.nanoTime() - t0;
            if (r.statusCode() / 100 == 2) {
              if (n == latencies.length) {
                latencies = Arrays.copyOf(latencies, n * 2);
              }
              latencies[n++] = t;
            } else {
              failures[worker]++;
            }
          } catch (java.io.IOException e) {
            failures[worker]++;
          }
        }
        return Arrays.copyOf(latencies, n);
      }));
    }
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> f : futures) {
      all.add(f.get());
    }
    workers.shutdown();
    long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    long failed = Arrays.stream(failures).sum();
    double seconds = duration.toNanos() / 1e9;
    return new Result(name, concurrency, merged.length / seconds, percentile(merged, 0.50), percentile(merged, 0.99),
        merged.length, failed);
  }

  private static double percentile(long[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }
}
