package org.xinqiao.matching.match;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.xinqiao.matching.counselor.AgeGroup;
import org.xinqiao.matching.counselor.Modality;

/**
 * The in-memory index matching reads: every counsellor by id, and verified ones in buckets keyed
 * with room for another client in buckets keyed by (licence scope, modality, age group), where the
 * scope is a province or the whole country. A query reads two buckets instead of scanning everyone.
 * Thread-safe: many readers, one writer.
 */
public final class MatchIndex implements CandidatePool {

  private static final String NATIONAL = "*";

  record BucketKey(String scope, Modality modality, AgeGroup ageGroup) {}

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<String, Candidate> byId = new HashMap<>();
  private final Map<BucketKey, List<Candidate>> buckets = new HashMap<>();
  private final Map<String, Integer> verifiedByProvince = new HashMap<>();
  private final Map<String, List<Candidate>> byScope = new HashMap<>();

  /** Adds or replaces a counsellor. */
  public void put(Candidate candidate) {
    lock.writeLock().lock();
    try {
      Candidate old = byId.put(candidate.id(), candidate);
      if (old != null) {
        unbucket(old);
      }
      bucket(candidate);
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public Optional<Candidate> get(String id) {
    lock.readLock().lock();
    try {
      return Optional.ofNullable(byId.get(id));
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Load changed: a client accepted or left the counsellor. */
  public void adjustActiveClients(String id, int delta) {
    lock.writeLock().lock();
    try {
      Candidate c = byId.get(id);
      if (c != null) {
        replace(c, c.withActiveClients(Math.max(0, c.activeClients() + delta)));
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  public void updateAvailability(String id, Instant nextFreeSlot, int freeSlots) {
    lock.writeLock().lock();
    try {
      Candidate c = byId.get(id);
      if (c != null) {
        replace(c, c.withAvailability(nextFreeSlot, freeSlots));
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void replace(Candidate old, Candidate updated) {
    byId.put(updated.id(), updated);
    unbucket(old);
    bucket(updated);
  }

  @Override
  public Collection<Candidate> narrowed(String provinceCode, Modality modality, AgeGroup ageGroup) {
    lock.readLock().lock();
    try {
      List<Candidate> local = buckets.getOrDefault(new BucketKey(provinceCode, modality, ageGroup), List.of());
      List<Candidate> national = buckets.getOrDefault(new BucketKey(NATIONAL, modality, ageGroup), List.of());
      List<Candidate> out = new ArrayList<>(local.size() + national.size());
      out.addAll(local);
      out.addAll(national);
      return out;
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public Collection<Candidate> covering(String provinceCode) {
    lock.readLock().lock();
    try {
      List<Candidate> local = byScope.getOrDefault(provinceCode, List.of());
      List<Candidate> national = byScope.getOrDefault(NATIONAL, List.of());
      List<Candidate> out = new ArrayList<>(local.size() + national.size());
      out.addAll(local);
      out.addAll(national);
      return out;
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public Collection<Candidate> all() {
    lock.readLock().lock();
    try {
      return new ArrayList<>(byId.values());
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public int verifiedIn(String provinceCode) {
    lock.readLock().lock();
    try {
      return verifiedByProvince.getOrDefault(provinceCode, 0);
    } finally {
      lock.readLock().unlock();
    }
  }

  public int size() {
    lock.readLock().lock();
    try {
      return byId.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  private static List<String> scopes(Candidate c) {
    return c.licence().national() ? List.of(NATIONAL) : List.copyOf(c.licence().provinceCodes());
  }

  private List<BucketKey> keys(Candidate c) {
    List<String> scopes = scopes(c);
    List<BucketKey> keys = new ArrayList<>();
    for (String scope : scopes) {
      for (Modality m : c.modalities()) {
        for (AgeGroup a : c.ageGroups()) {
          keys.add(new BucketKey(scope, m, a));
        }
      }
    }
    return keys;
  }

  /** Full counsellors stay out of the buckets; the matcher adds a client's current counsellor itself. */
  private static boolean hasRoom(Candidate c) {
    return c.activeClients() < c.weeklyCapacity();
  }

  private void bucket(Candidate c) {
    if (!c.verified()) {
      return;
    }
    verifiedByProvince.merge(c.homeProvince(), 1, Integer::sum);
    for (String scope : scopes(c)) {
      byScope.computeIfAbsent(scope, k -> new ArrayList<>()).add(c);
    }
    if (!hasRoom(c)) {
      return;
    }
    for (BucketKey key : keys(c)) {
      buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
    }
  }

  private void unbucket(Candidate c) {
    if (!c.verified()) {
      return;
    }
    verifiedByProvince.merge(c.homeProvince(), -1, Integer::sum);
    for (String scope : scopes(c)) {
      List<Candidate> list = byScope.get(scope);
      if (list != null) {
        list.removeIf(x -> x.id().equals(c.id()));
      }
    }
    if (!hasRoom(c)) {
      return;
    }
    for (BucketKey key : keys(c)) {
      List<Candidate> list = buckets.get(key);
      if (list != null) {
        list.removeIf(x -> x.id().equals(c.id()));
      }
    }
  }
}
