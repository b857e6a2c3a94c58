package org.xinqiao.records.assessment;

import java.util.List;
import java.util.Map;
import org.xinqiao.kit.problem.DomainException;
import org.xinqiao.kit.problem.ProblemKind;

/** The answers do not fit the instrument; names the items, never their values. */
public class InvalidAnswers extends DomainException {

  private final List<String> items;

  public InvalidAnswers(String message, List<String> items) {
    super(ProblemKind.UNPROCESSABLE, "invalid-answers", message);
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
