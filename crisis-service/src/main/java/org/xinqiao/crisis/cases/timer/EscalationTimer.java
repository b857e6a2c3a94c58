package org.xinqiao.crisis.cases.timer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.xinqiao.crisis.cases.CaseMetrics;
import org.xinqiao.crisis.cases.CrisisCase;
import org.xinqiao.crisis.cases.persistence.CaseStore;
import org.xinqiao.crisis.triage.Severity;
import org.xinqiao.kit.outbox.OutboxRelay;

/**
 * Durable acknowledgement deadlines. The deadline is a field of the case document; this loop reads
 * the ids of due cases (most overdue first) and claims each with a conditional findAndModify
 * (deadline passed, lease free or expired; the fence and version increase) and escalates with a write conditioned on that version and fence.
 * So with any number of instances each hop is paged exactly once, an instance that dies holding a
 * lease is replaced when the lease expires, and deadlines that passed while no instance ran fire on
 * the first pass after start.
 *
 * <p>Timeliness: the loop looks at least every {@code pollInterval} (default 100 ms) and sooner when
 * {@link #wake(Instant)} announces a nearer deadline, so a deadline fires within one poll interval
 * plus one claim-and-write, far inside the 1 s promise.
 */
public class EscalationTimer implements SmartLifecycle {

  private static final int BATCH = 100;

  private static final Logger log = LoggerFactory.getLogger(EscalationTimer.class);

  private final CaseStore store;
  private final Clock clock;
  private final CaseMetrics metrics;
  private final OutboxRelay relay;
  private final Duration pollInterval;
  private final Duration lease;
  private final String owner;
  private final Set<Severity> emergencyStepFor;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition wake = lock.newCondition();
  private Instant nearest;
  private boolean woken;
  private volatile boolean running;
  private Thread worker;

  public EscalationTimer(CaseStore store, Clock clock, CaseMetrics metrics, OutboxRelay relay, Duration pollInterval,
      Duration lease, Set<Severity> emergencyStepFor) {
    this.emergencyStepFor = Set.copyOf(emergencyStepFor);
    this.store = store;
    this.clock = clock;
    this.metrics = metrics;
    this.relay = relay;
    this.pollInterval = pollInterval;
    this.lease = lease;
    this.owner = "timer-" + UUID.randomUUID();
  }

  /** Announces a deadline; the loop wakes for it if it is nearer than what it waits for. */
  public void wake(Instant deadline) {
    if (deadline == null) {
      return;
    }
    lock.lock();
    try {
      if (nearest == null || deadline.isBefore(nearest)) {
        nearest = deadline;
        woken = true;
        wake.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Escalates every case that is due now; returns how many hops this instance paged. */
  public int fireDue() {
    int fired = 0;
    List<CaseStore.Due> due;
    while (!(due = store.due(clock.instant(), BATCH)).isEmpty()) {
      int claimed = 0;
      for (CaseStore.Due d : due) {
        Instant now = clock.instant();
        Optional<CrisisCase> mine = store.claim(d, now, owner, lease);
        if (mine.isEmpty()) {
          continue;
        }
        claimed++;
        CrisisCase c = mine.get();
        Instant deadline = c.nextDeadline();
        if (c.escalate(now, emergencyStepFor) && store.save(c, null, null)) {
          metrics.escalated(c, Duration.between(deadline, clock.instant()));
          fired++;
          wake(c.nextDeadline());
        }
      }
      if (fired > 0) {
        relay.nudge();
      }
      if (claimed == 0) {
        break;
      }
    }
    return fired;
  }

  private void loop() {
    while (running) {
      try {
        fireDue();
      } catch (RuntimeException e) {
        log.warn("escalation pass failed ({}); the next pass retries", e.getClass().getSimpleName());
      }
      pause();
    }
  }

  private void pause() {
    lock.lock();
    try {
      long waitNanos = pollInterval.toNanos();
      if (nearest != null) {
        long untilNearest = Duration.between(clock.instant(), nearest).toNanos();
        waitNanos = Math.max(0, Math.min(waitNanos, untilNearest));
        if (untilNearest <= 0) {
          nearest = null;
        }
      }
      woken = false;
      while (running && waitNanos > 0 && !woken) {
        waitNanos = wake.awaitNanos(waitNanos);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void start() {
    if (running) {
      return;
    }
    running = true;
    worker = new Thread(this::loop, "escalation-timer");
    worker.setDaemon(true);
    worker.start();
  }

  @Override
  public void stop() {
    running = false;
    lock.lock();
    try {
      woken = true;
      wake.signalAll();
    } finally {
      lock.unlock();
    }
    if (worker != null) {
      try {
        worker.join(TimeUnit.SECONDS.toMillis(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
