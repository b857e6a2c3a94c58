package org.xinqiao.launcher;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The comprehension answers of someone who read the consent documents (question id → option id),
 * as a partner app's user would choose them. The documents never carry the right answers.
 */
public final class ConsentAnswers {

  public static final Map<String, String> RIGHT = Map.of(
      "q-failure", "b",
      "q-confidentiality", "b",
      "q-crisis", "a",
      "hd-1", "a",
      "hd-2", "b",
      "sv-1", "b");

  private ConsentAnswers() {}

  public static Map<String, String> forDocument(JsonNode document) {
    Map<String, String> out = new LinkedHashMap<>();
    for (JsonNode q : document.path("questions")) {
      String id = q.path("id").asString();
      String answer = RIGHT.get(id);
      if (answer == null) {
        throw new IllegalStateException("consent document " + document.path("id").asString()
            + " asks a question the demo cannot answer: " + id);
      }
      out.put(id, answer);
    }
    return out;
  }
}
