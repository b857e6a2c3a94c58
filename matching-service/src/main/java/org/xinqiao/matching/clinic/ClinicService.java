package org.xinqiao.matching.clinic;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.xinqiao.matching.common.Idempotency;
import org.xinqiao.matching.common.PageResult;
import org.xinqiao.matching.region.Regions;

/** Registers and reads clinics. */
@Service
public class ClinicService {

  private final ClinicStore store;
  private final Regions regions;
  private final Clock clock;

  ClinicService(ClinicStore store, Regions regions, Clock clock) {
    this.store = store;
    this.regions = regions;
    this.clock = clock;
  }

  public Clinic register(String name, String provinceCode, Idempotency idem) {
    regions.get(provinceCode);
    return store.insert(new Clinic(UUID.randomUUID().toString(), name.trim(), provinceCode, clock.instant()), idem);
  }

  public Clinic get(String id) {
    return store.find(id).orElseThrow(() -> new ClinicNotFound(id));
  }

  public PageResult<Clinic> list(int page, int size) {
    return new PageResult<>(store.page(page, size), page, size, store.count());
  }
}
