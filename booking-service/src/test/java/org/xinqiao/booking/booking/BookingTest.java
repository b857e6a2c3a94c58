package org.xinqiao.booking.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xinqiao.booking.fixtures.BookingMother.NOW;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.xinqiao.booking.availability.Slot;
import org.xinqiao.booking.client.Entitlement;
import org.xinqiao.booking.fixtures.BookingMother;
import org.xinqiao.booking.shared.Modality;
import org.xinqiao.booking.shared.Party;
import org.xinqiao.kit.problem.DomainException;

class BookingTest {

  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final BookingPolicy policy = BookingPolicy.standard();

  static void refused(ThrowingCallable call, String code) {
    assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  Instant at(Booking b, Duration afterStart) {
    return b.slot().start().plus(afterStart);
  }

  @Test
  void aNewBookingIsConfirmedAndSaysSo() {
    Instant start = clock.instant().plus(Duration.ofHours(3));
    Booking b = Booking.confirm("b", "c", "p", "co", "cl", Modality.AUDIO, Entitlement.NONE,
        new Slot(start, start.plusSeconds(3000)), clock.instant());
    assertThat(b.status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(b.drainEvents()).containsExactly(new BookingEvent.Confirmed(NOW));
  }

  @Test
  void aSlotThatHasStartedCannotBeBooked() {
    refused(() -> Booking.confirm("b", "c", "p", "co", "cl", Modality.AUDIO, Entitlement.NONE,
        new Slot(NOW, NOW.plusSeconds(3000)), clock.instant()), "slot-in-past");
  }

  @Test
  void aClientCancellingWellAheadIsNotLate() {
    Booking b = BookingMother.videoSessionInTwoDays();
    b.cancel(Party.CLIENT, "CLIENT_REQUEST", policy, clock.instant());
    assertThat(b.status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(b.cancellation().late()).isFalse();
    assertThat(b.drainEvents()).containsExactly(new BookingEvent.Cancelled(Party.CLIENT, "CLIENT_REQUEST", false, NOW));
  }

  @Test
  void aClientCancellingInsideTheWindowIsLateButACounselorIsNot() {
    Booking byClient = BookingMother.startingIn(Duration.ofHours(5));
    byClient.cancel(Party.PARTNER, "CLIENT_REQUEST", policy, clock.instant());
    assertThat(byClient.cancellation().late()).isTrue();
    Booking byCounselor = BookingMother.startingIn(Duration.ofHours(5));
    byCounselor.cancel(Party.COUNSELOR, "COUNSELOR_UNWELL", policy, clock.instant());
    assertThat(byCounselor.cancellation().late()).isFalse();
  }

  @Test
  void aCancelledBookingCannotBeCancelledStartedOrMovedAgain() {
    Booking b = BookingMother.videoSessionInTwoDays();
    b.cancel(Party.CLIENT, "CLIENT_REQUEST", policy, clock.instant());
    refused(() -> b.cancel(Party.CLIENT, "CLIENT_REQUEST", policy, clock.instant()), "illegal-transition");
    refused(() -> b.start(policy, at(b, Duration.ZERO)), "illegal-transition");
    refused(() -> b.reschedule(new Slot(NOW.plus(Duration.ofDays(3)), NOW.plus(Duration.ofDays(3)).plusSeconds(3000)),
        clock.instant()), "illegal-transition");
  }

  @Test
  void aSessionStartsShortlyBeforeItsSlotAndThenCompletes() {
    Booking b = BookingMother.videoSessionInTwoDays();
    refused(() -> b.start(policy, at(b, Duration.ofMinutes(-30))), "outside-session-window");
    refused(() -> b.complete(at(b, Duration.ZERO)), "illegal-transition");
    b.start(policy, at(b, Duration.ofMinutes(-5)));
    b.complete(at(b, Duration.ofMinutes(50)));
    assertThat(b.status()).isEqualTo(BookingStatus.COMPLETED);
    assertThat(b.drainEvents()).containsExactly(new BookingEvent.Started(at(b, Duration.ofMinutes(-5))),
        new BookingEvent.Completed(at(b, Duration.ofMinutes(50))));
    refused(() -> b.complete(at(b, Duration.ofMinutes(51))), "illegal-transition");
  }

  @Test
  void aNoShowIsRecordedOnlyAfterTheGracePeriod() {
    Booking b = BookingMother.videoSessionInTwoDays();
    refused(() -> b.markNoShow(policy, at(b, Duration.ofMinutes(10))), "no-show-too-early");
    b.markNoShow(policy, at(b, Duration.ofMinutes(15)));
    assertThat(b.status()).isEqualTo(BookingStatus.NO_SHOW);
    refused(() -> b.start(policy, at(b, Duration.ofMinutes(16))), "illegal-transition");
  }

  @Test
  void rescheduleMovesTheSlotAndRemembersTheOldOne() {
    Booking b = BookingMother.videoSessionInTwoDays();
    Slot old = b.slot();
    Instant later = old.start().plus(Duration.ofDays(1));
    Slot previous = b.reschedule(new Slot(later, later.plusSeconds(3000)), clock.instant());
    assertThat(previous).isEqualTo(old);
    assertThat(b.slot().start()).isEqualTo(later);
    assertThat(b.status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(b.drainEvents()).containsExactly(new BookingEvent.Rescheduled(old.start(), NOW));
  }

  @Test
  void interruptionsOverTheThresholdGrantExactlyOneMakeUpSession() {
    Booking b = BookingMother.videoSessionInTwoDays();
    refused(() -> b.recordInterruption(at(b, Duration.ofMinutes(5)), at(b, Duration.ofMinutes(8)),
        InterruptionCause.PLATFORM, policy, at(b, Duration.ofMinutes(9))), "illegal-transition");
    b.start(policy, at(b, Duration.ZERO));
    Instant later = at(b, Duration.ofMinutes(45));
    assertThat(b.recordInterruption(at(b, Duration.ofMinutes(5)), at(b, Duration.ofMinutes(11)),
        InterruptionCause.CLIENT_NETWORK, policy, later)).isFalse();
    assertThat(b.recordInterruption(at(b, Duration.ofMinutes(20)), at(b, Duration.ofMinutes(25)),
        InterruptionCause.PLATFORM, policy, later)).isTrue();
    assertThat(b.recordInterruption(at(b, Duration.ofMinutes(30)), at(b, Duration.ofMinutes(40)),
        InterruptionCause.COUNSELOR_NETWORK, policy, later)).isFalse();
    assertThat(b.makeUpGranted()).isTrue();
    assertThat(b.lostMinutes()).isEqualTo(Duration.ofMinutes(21));
    assertThat(b.drainEvents()).filteredOn(e -> e instanceof BookingEvent.Interrupted i && i.makeUpGranted()).hasSize(1);
  }

  @Test
  void theSameInterruptionReportedTwiceCountsOnce() {
    Booking b = BookingMother.videoSessionInTwoDays();
    b.start(policy, at(b, Duration.ZERO));
    Instant later = at(b, Duration.ofMinutes(45));
    b.recordInterruption(at(b, Duration.ofMinutes(5)), at(b, Duration.ofMinutes(8)), InterruptionCause.PLATFORM, policy, later);
    b.recordInterruption(at(b, Duration.ofMinutes(5)), at(b, Duration.ofMinutes(8)), InterruptionCause.PLATFORM, policy, later);
    assertThat(b.interruptions()).hasSize(1);
  }

  @Test
  void lostTimeCountsOnlyInsideTheSlot() {
    Booking b = BookingMother.videoSessionInTwoDays();
    b.start(policy, at(b, Duration.ZERO));
    b.recordInterruption(at(b, Duration.ofMinutes(45)), at(b, Duration.ofMinutes(70)), InterruptionCause.PLATFORM, policy,
        at(b, Duration.ofMinutes(80)));
    assertThat(b.lostMinutes()).isEqualTo(Duration.ofMinutes(5));
    refused(() -> b.recordInterruption(at(b, Duration.ofMinutes(60)), at(b, Duration.ofMinutes(70)),
        InterruptionCause.PLATFORM, policy, at(b, Duration.ofMinutes(50))), "invalid-interruption");
  }
}
