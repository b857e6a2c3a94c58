package org.xinqiao.records.consent;

import java.util.List;
import java.util.Map;
import org.xinqiao.kit.problem.DomainException;
import org.xinqiao.kit.problem.ProblemKind;

/** The comprehension check was not passed; names the questions to read again. Nothing is granted. */
public class ComprehensionFailed extends DomainException {

  private final List<String> items;

  public ComprehensionFailed(List<String> items) {
    super(ProblemKind.UNPROCESSABLE, "comprehension-check-failed",
        "Some answers show the consent was not understood yet; please read those parts again.");
    this.items = List.copyOf(items);
  }

  public List<String> items() {
    return items;
  }

  @Override
  public Map<String, Object> details() {
    return Map.of("items", items);
  }
}
