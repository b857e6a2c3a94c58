package org.xinqiao.matching.match;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xinqiao.matching.counselor.CounselorChanged;
import org.xinqiao.matching.counselor.CounselorStore;

/**
 * Keeps the in-memory index current: loaded from the store at start-up, updated on every change
 * made here, and refreshed from the store every few seconds for changes made by other instances.
 */
@Component
class IndexMaintainer {

  private static final Logger log = LoggerFactory.getLogger(IndexMaintainer.class);
  private static final Duration OVERLAP = Duration.ofSeconds(5);

  private final MatchIndex index;
  private final CounselorStore counselors;
  private final MatchStore matches;
  private final MatchService matchService;
  private final Clock clock;
  private volatile Instant refreshedUpTo;

  IndexMaintainer(MatchIndex index, CounselorStore counselors, MatchStore matches, MatchService matchService,
      Clock clock) {
    this.index = index;
    this.counselors = counselors;
    this.matches = matches;
    this.matchService = matchService;
    this.clock = clock;
    Instant start = clock.instant();
    load(null);
    refreshedUpTo = start;
    log.info("matching index loaded with {} counsellors", index.size());
  }

  private void load(Instant since) {
    Map<String, Integer> load = matches.acceptedPerCounselor();
    counselors.forEachChangedSince(since, s -> index.put(Candidate.of(s.counselor(),
        load.getOrDefault(s.counselor().id(), 0), s.nextFreeSlot(), s.freeSlots())));
  }

  @EventListener
  void on(CounselorChanged changed) {
    counselors.find(changed.counselorId()).ifPresent(s -> {
      int active = index.get(s.counselor().id()).map(Candidate::activeClients).orElse(0);
      index.put(Candidate.of(s.counselor(), active, s.nextFreeSlot(), s.freeSlots()));
    });
    if (changed.supplyGrew()) {
      matchService.rerunWaitlist();
    }
  }

  @Scheduled(fixedDelayString = "${xinqiao.matching.index-refresh-interval:PT30S}",
      initialDelayString = "${xinqiao.matching.index-refresh-interval:PT30S}")
  void refresh() {
    Instant start = clock.instant();
    load(refreshedUpTo.minus(OVERLAP));
    refreshedUpTo = start;
  }

  @Scheduled(fixedDelayString = "${xinqiao.matching.waitlist-retry-interval:PT5M}",
      initialDelayString = "${xinqiao.matching.waitlist-retry-interval:PT5M}")
  void retryWaitlist() {
    matchService.rerunWaitlist();
  }
}
