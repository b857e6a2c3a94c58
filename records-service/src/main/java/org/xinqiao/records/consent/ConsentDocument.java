package org.xinqiao.records.consent;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A versioned consent text with its comprehension check. {@code version} changes with every edit;
 * {@code materialVersion} only when a change is material, which makes earlier consents lapse.
 */
public record ConsentDocument(
    String id,
    ConsentKind kind,
    Modality modality,
    String version,
    String materialVersion,
    String title,
    List<Section> sections,
    List<Question> questions) {

  public ConsentDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(materialVersion, "materialVersion");
    if ((kind == ConsentKind.SERVICE) != (modality != null)) {
      throw new IllegalArgumentException("a SERVICE document names a modality, other kinds do not");
    }
    sections = List.copyOf(sections);
    questions = List.copyOf(questions);
    if (questions.isEmpty()) {
      throw new IllegalArgumentException("a consent document needs a comprehension check");
    }
  }

  /** The ids of the questions answered wrongly or not at all. */
  public List<String> wronglyAnswered(Map<String, String> answers) {
    Map<String, String> given = answers == null ? Map.of() : answers;
    return questions.stream().filter(q -> !q.correctOption().equals(given.get(q.id()))).map(Question::id).toList();
  }

  /** A headed part of the text: technical failures, confidentiality limits, crisis procedure, data, supervision. */
  public record Section(String topic, String heading, String text) {}

  /** A multiple-choice comprehension question; {@code correctOption} never leaves the service. */
  public record Question(String id, String text, List<Option> options, String correctOption) {
    public Question {
      options = List.copyOf(options);
    }
  }

  public record Option(String id, String text) {}
}
