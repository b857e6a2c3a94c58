package org.xinqiao.records.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsentTest {

  final Clock clock = Clock.fixed(Instant.parse("2026-03-10T01:40:00Z"), ZoneOffset.UTC);
  final ConsentCatalogue catalogue = ConsentCatalogue.standard();
  final ConsentDocument video = catalogue.current(ConsentKind.SERVICE, Modality.VIDEO).orElseThrow();

  static Map<String, String> rightAnswers(ConsentDocument d) {
    return d.questions().stream().collect(java.util.stream.Collectors.toMap(ConsentDocument.Question::id,
        ConsentDocument.Question::correctOption));
  }

  @Test
  void everyModalityAndKindHasADocumentCoveringWhatOnlineCounsellingAdds() {
    for (Modality m : Modality.values()) {
      ConsentDocument d = catalogue.current(ConsentKind.SERVICE, m).orElseThrow();
      assertThat(d.sections()).extracting(ConsentDocument.Section::topic)
          .contains("technical-failure", "confidentiality", "crisis", "data", "supervision");
    }
    assertThat(catalogue.current(ConsentKind.HEALTH_DATA, null)).isPresent();
    assertThat(catalogue.current(ConsentKind.SUPERVISION, null)).isPresent();
  }

  @Test
  void grantedWhenEveryComprehensionQuestionIsAnsweredRight() {
    Consent c = Consent.grant("k1", "c1", video, video.version(), rightAnswers(video), clock.instant());
    assertThat(c.grantedAt()).isEqualTo(clock.instant());
    assertThat(c.isValidAgainst(video)).isTrue();
  }

  @Test
  void wrongOrMissingAnswersNameTheItemsAndGrantNothing() {
    Map<String, String> answers = new java.util.HashMap<>(rightAnswers(video));
    answers.put("q-crisis", "b");
    answers.remove("q-failure");
    assertThatThrownBy(() -> Consent.grant("k1", "c1", video, video.version(), answers, clock.instant()))
        .isInstanceOfSatisfying(ComprehensionFailed.class,
            e -> assertThat(e.items()).containsExactlyInAnyOrder("q-crisis", "q-failure"));
  }

  @Test
  void anOutdatedDocumentVersionIsRefused() {
    assertThatThrownBy(() -> Consent.grant("k1", "c1", video, "2019.1", rightAnswers(video), clock.instant()))
        .isInstanceOfSatisfying(ConsentRefused.class, e -> assertThat(e.code()).isEqualTo("consent-document-outdated"));
  }

  @Test
  void aNewMaterialVersionRequiresReConsentAMinorOneDoesNot() {
    Consent c = Consent.grant("k1", "c1", video, video.version(), rightAnswers(video), clock.instant());
    ConsentDocument minor = new ConsentDocument(video.id(), video.kind(), video.modality(), "2025.2", video.materialVersion(),
        video.title(), video.sections(), video.questions());
    ConsentDocument material = new ConsentDocument(video.id(), video.kind(), video.modality(), "2026.1", "2026",
        video.title(), video.sections(), video.questions());
    assertThat(c.isValidAgainst(minor)).isTrue();
    assertThat(c.isValidAgainst(material)).isFalse();
  }

  @Test
  void withdrawalEndsTheConsentOnceAndFreesItsActiveKey() {
    Consent c = Consent.grant("k1", "c1", video, video.version(), rightAnswers(video), clock.instant());
    String active = c.activeKey();
    c.withdraw(clock.instant());
    assertThat(c.isValidAgainst(video)).isFalse();
    assertThat(c.activeKey()).isNotEqualTo(active).isEqualTo("withdrawn|k1");
    assertThatThrownBy(() -> c.withdraw(clock.instant())).isInstanceOf(ConsentRefused.class);
  }

  @Test
  void documentsShareNoQuestionIdsAndEachQuestionHasItsAnswerAmongItsOptions() {
    for (ConsentDocument d : catalogue.all()) {
      for (ConsentDocument.Question q : d.questions()) {
        assertThat(q.options()).extracting(ConsentDocument.Option::id).contains(q.correctOption());
      }
      assertThat(d.questions().stream().map(ConsentDocument.Question::id).distinct().count()).isEqualTo(d.questions().size());
    }
    assertThat(List.of(ConsentKind.values())).hasSize(3);
  }
}
