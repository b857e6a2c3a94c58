package org.xinqiao.crisis.cases;

import java.util.List;

/** One page of cases and how many there are in all. */
public record CasePage(List<CrisisCase> items, long total) {}
