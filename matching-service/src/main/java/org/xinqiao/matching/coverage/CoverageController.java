package org.xinqiao.matching.coverage;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Coverage per province for ops and auditors: aggregate figures only, no client data. */
@RestController
class CoverageController {

  private final CoverageService coverage;

  CoverageController(CoverageService coverage) {
    this.coverage = coverage;
  }

  @GetMapping("/api/v1/regions/coverage")
  @PreAuthorize("hasAnyRole('ops', 'auditor')")
  List<CoverageService.ProvinceCoverage> coverage() {
    return coverage.compute();
  }
}
