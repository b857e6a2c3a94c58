package org.xinqiao.e2e.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.xinqiao.launcher.ConsentAnswers;
import org.xinqiao.testkit.http.Api;
import tools.jackson.databind.JsonNode;

/** Small helpers for journeys: repeat a call until the network has caught up, within a bound. */
public final class Calls {

  /** How long asynchronous steps (events between services) may take on a busy two-core machine. */
  public static final Duration EVENTUAL = Duration.ofSeconds(45);

  private Calls() {}

  /**
   * Repeats the call until its response satisfies {@code done}, at most {@code within}; the last
   * response is in the failure message so a refusal is visible as the service gave it.
   */
  public static Api.Response until(Supplier<Api.Response> call, Predicate<Api.Response> done, Duration within,
      String what) {
    AtomicReference<Api.Response> last = new AtomicReference<>();
    try {
      Awaitility.await(what).atMost(within).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(300))
          .ignoreExceptions()
          .until(() -> {
            Api.Response r = call.get();
            last.set(r);
            return done.test(r);
          });
    } catch (ConditionTimeoutException e) {
      throw new AssertionError(what + ": not within " + within.toSeconds() + " s; last answer: " + last.get(), e);
    }
    return last.get();
  }

  public static Predicate<Api.Response> status(int expected) {
    return r -> r.status() == expected;
  }

  /** A fresh idempotency key. */
  public static String key(String prefix) {
    return prefix + "-" + UUID.randomUUID();
  }

  /** The text values of a field over a JSON array. */
  public static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(field).asString(null)));
    return out;
  }

  /** The comprehension answers a client who read the document gives (question id → option id). */
  public static final Map<String, String> RIGHT_ANSWERS = ConsentAnswers.RIGHT;
}
