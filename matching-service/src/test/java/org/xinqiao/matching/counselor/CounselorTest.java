package org.xinqiao.matching.counselor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.xinqiao.matching.counselor.CounselorProblems.IllegalTransition;
import org.xinqiao.matching.counselor.CounselorProblems.LicenceExpired;
import org.xinqiao.matching.support.CounselorMother;
import org.xinqiao.matching.support.Fixed;

class CounselorTest {

  @Test
  void onboardingWaitsForVerificationAndRecordsTheEvent() {
    Counselor c = CounselorMother.pendingInChengdu();
    assertThat(c.status()).isEqualTo(CounselorStatus.PENDING_VERIFICATION);
    assertThat(c.practising(Fixed.NOW)).isFalse();
    assertThat(c.pendingEvents()).singleElement().isInstanceOf(CounselorEvent.Onboarded.class);
  }

  @Test
  void verificationMayConfirmARenewedExpiryAndRecordsIt() {
    Counselor c = CounselorMother.pendingInChengdu();
    c.verify(LocalDate.of(2028, 6, 30), Fixed.NOW);
    assertThat(c.status()).isEqualTo(CounselorStatus.VERIFIED);
    assertThat(c.licence().expiresOn()).isEqualTo(LocalDate.of(2028, 6, 30));
    assertThat(c.pendingEvents()).last().isEqualTo(
        new CounselorEvent.Verified("c-1", "clinic-chengdu", LocalDate.of(2028, 6, 30), Fixed.NOW));
  }

  @Test
  void anExpiredLicenceCannotBeVerified() {
    Counselor c = CounselorMother.pendingInChengdu();
    assertThatThrownBy(() -> c.verify(LocalDate.of(2026, 3, 1), Fixed.NOW)).isInstanceOf(LicenceExpired.class);
    assertThat(c.status()).isEqualTo(CounselorStatus.PENDING_VERIFICATION);
  }

  @Test
  void rejectionIsFinal() {
    Counselor c = CounselorMother.pendingInChengdu();
    c.reject("LICENCE_NOT_FOUND", Fixed.NOW);
    assertThat(c.status()).isEqualTo(CounselorStatus.REJECTED);
    assertThatThrownBy(() -> c.verify(null, Fixed.NOW)).isInstanceOf(IllegalTransition.class);
    assertThatThrownBy(() -> c.suspend("COMPLAINT", Fixed.NOW)).isInstanceOf(IllegalTransition.class);
  }

  @Test
  void suspendedCounsellorsAreReinstatedOnlyWithAValidLicence() {
    Counselor c = CounselorMother.verifiedInChengdu();
    c.suspend("COMPLAINT", Fixed.NOW);
    assertThat(c.practising(Fixed.NOW)).isFalse();
    Instant afterExpiry = Instant.parse("2027-01-01T00:00:00Z");
    assertThatThrownBy(() -> c.reinstate(null, afterExpiry)).isInstanceOf(LicenceExpired.class);
    c.reinstate(LocalDate.of(2029, 1, 1), afterExpiry);
    assertThat(c.status()).isEqualTo(CounselorStatus.VERIFIED);
    assertThat(c.pendingEvents()).extracting(e -> e.getClass().getSimpleName())
        .containsExactly("Suspended", "Reinstated");
  }

  @Test
  void licenceExpiryIsAppliedAtTheEndOfTheExpiryDayInChinaStandardTime() {
    Counselor c = CounselorMother.verifiedInChengdu();
    assertThat(c.expireLicenceIfDue(Instant.parse("2026-12-31T15:59:59Z"))).isFalse();
    assertThat(c.expireLicenceIfDue(Instant.parse("2026-12-31T16:00:00Z"))).isTrue();
    assertThat(c.status()).isEqualTo(CounselorStatus.SUSPENDED);
    assertThat(c.statusReason()).isEqualTo(Counselor.LICENCE_EXPIRED);
    assertThat(c.expireLicenceIfDue(Instant.parse("2027-01-02T00:00:00Z"))).isFalse();
    assertThat(c.pendingEvents()).singleElement().isInstanceOf(CounselorEvent.Suspended.class);
  }
}
