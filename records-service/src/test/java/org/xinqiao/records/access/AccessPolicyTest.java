package org.xinqiao.records.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xinqiao.records.support.Actors;

class AccessPolicyTest {

  final AccessPolicy policy = new AccessPolicy();
  final Relations ofPartnerA = new Relations("c1", "partner-a", false, false, Set.of());

  @Test
  void aPartnerActsOnlyForItsOwnClients() {
    assertThat(policy.decide(Actors.partner("partner-a"), Action.VIEW_PROFILE, ofPartnerA).allowed()).isTrue();
    Decision crossing = policy.decide(Actors.partner("partner-b"), Action.VIEW_PROFILE, ofPartnerA);
    assertThat(crossing.allowed()).isFalse();
    assertThat(crossing.reason()).isEqualTo("not-own-client");
    assertThat(policy.decide(Actors.partner("partner-b"), Action.ERASE, ofPartnerA).allowed()).isFalse();
    assertThat(policy.decide(Actors.partner("partner-b"), Action.EXPORT, ofPartnerA).allowed()).isFalse();
  }

  @Test
  void aClientActsOnlyForItself() {
    assertThat(policy.decide(Actors.client("c1"), Action.EXPORT, ofPartnerA).allowed()).isTrue();
    assertThat(policy.decide(Actors.client("c2"), Action.EXPORT, ofPartnerA).allowed()).isFalse();
  }

  @Test
  void aCounsellorNeedsABookingWithTheClient() {
    Relations booked = new Relations("c1", "partner-a", true, false, Set.of());
    assertThat(policy.decide(Actors.counselor("co1"), Action.WRITE_NOTE, booked).allowed()).isTrue();
    Decision stranger = policy.decide(Actors.counselor("co2"), Action.WRITE_NOTE, ofPartnerA);
    assertThat(stranger.allowed()).isFalse();
    assertThat(stranger.reason()).isEqualTo("no-booking-with-client");
    assertThat(policy.decide(Actors.counselor("co1"), Action.ERASE, booked).allowed()).isFalse();
    assertThat(policy.decide(Actors.counselor("co1"), Action.READ_EMERGENCY_CONTACT, booked).allowed()).isFalse();
  }

  @Test
  void aSupervisorReadsNotesOnlyWithTheSupervisionConsent() {
    assertThat(policy.decide(Actors.supervisor("s1"), Action.READ_NOTES, ofPartnerA).reason())
        .isEqualTo("no-supervision-consent");
    assertThat(policy.decide(Actors.supervisor("s1"), Action.READ_NOTES,
        new Relations("c1", "partner-a", false, true, Set.of())).allowed()).isTrue();
    assertThat(policy.decide(Actors.supervisor("s1"), Action.WRITE_NOTE,
        new Relations("c1", "partner-a", false, true, Set.of())).allowed()).isFalse();
  }

  @Test
  void breakGlassNeedsAnOpenCaseRoutedToTheRespondersTeam() {
    Decision none = policy.decide(Actors.responder("team-lhasa"), Action.READ_EMERGENCY_CONTACT, ofPartnerA);
    assertThat(none.allowed()).isFalse();
    assertThat(none.reason()).isEqualTo("no-open-crisis-case");
    Relations open = new Relations("c1", "partner-a", false, false, Set.of("team-lhasa"));
    Decision allowed = policy.decide(Actors.responder("team-lhasa"), Action.READ_EMERGENCY_CONTACT, open);
    assertThat(allowed.allowed()).isTrue();
    assertThat(allowed.purpose()).isEqualTo("CRISIS_BREAK_GLASS");
    assertThat(policy.decide(Actors.responder("team-chengdu"), Action.READ_EMERGENCY_CONTACT, open).reason())
        .isEqualTo("case-not-routed-to-team");
    assertThat(policy.decide(Actors.partner("partner-a"), Action.READ_EMERGENCY_CONTACT, open).allowed()).isFalse();
  }

  @Test
  void opsAndAuditorsReadNoClinicalContent() {
    Relations everything = new Relations("c1", "partner-a", true, true, Set.of("t"));
    for (Action a : Action.values()) {
      assertThat(policy.decide(Actors.auditor(), a, everything).allowed()).as(a.name()).isFalse();
    }
  }
}
