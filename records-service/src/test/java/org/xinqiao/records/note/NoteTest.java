package org.xinqiao.records.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NoteTest {

  static final Instant T0 = Instant.parse("2026-03-10T02:00:00Z");

  @Test
  void revisionsAreAppendedAndEarlierTextIsKept() {
    Note note = Note.write("n1", "c1", "b1", "co1", "s1", "cipher-1", T0);
    note.revise("co1", "cipher-2", T0.plusSeconds(60));
    assertThat(note.revisions()).extracting(Note.Revision::number).containsExactly(1, 2);
    assertThat(note.revisions().get(0).ciphertext()).isEqualTo("cipher-1");
  }

  @Test
  void aRepeatedRevisionRequestAddsNothingAndAReusedKeyIsRefused() {
    Note note = Note.write("n1", "c1", "b1", "co1", "s1", "cipher-1", T0);
    Note.Revision first = note.revise("co1", "cipher-2", T0, "co1|k1", "fp-a");
    Note.Revision again = note.revise("co1", "cipher-2b", T0.plusSeconds(5), "co1|k1", "fp-a");
    assertThat(again).isEqualTo(first);
    assertThat(note.revisions()).hasSize(2);
    assertThatThrownBy(() -> note.revise("co1", "cipher-3", T0, "co1|k1", "fp-b")).isInstanceOf(Note.NoteRefused.class);
  }

  @Test
  void onlyTheAuthorRevises() {
    Note note = Note.write("n1", "c1", "b1", "co1", "s1", "cipher-1", T0);
    assertThatThrownBy(() -> note.revise("co2", "x", T0)).isInstanceOf(Note.NoteRefused.class);
    assertThat(note.revisions()).hasSize(1);
  }

  @Test
  void readableByTheAuthorAndTheNamedSupervisorOnly() {
    Note note = Note.write("n1", "c1", "b1", "co1", "s1", "cipher-1", T0);
    assertThat(note.readableBy("co1", false)).isTrue();
    assertThat(note.readableBy("s1", true)).isTrue();
    assertThat(note.readableBy("s2", true)).isFalse();
    assertThat(note.readableBy("co2", false)).isFalse();
    assertThat(note.readableBy("co1", true)).isFalse();
  }

  @Test
  void aCounsellorCannotBeTheirOwnSupervisor() {
    assertThatThrownBy(() -> Note.write("n1", "c1", "b1", "co1", "co1", "x", T0)).isInstanceOf(Note.NoteRefused.class);
  }
}
