package org.xinqiao.booking.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xinqiao.booking.client.ClientAccount;
import org.xinqiao.booking.client.Entitlement;
import org.xinqiao.booking.client.Hold;
import org.xinqiao.booking.shared.Modality;
import org.xinqiao.kit.problem.DomainException;

class ClientAccountTest {

  static final Instant T = Instant.parse("2026-03-04T02:00:00Z");

  ClientAccount account(Map<String, Modality> grants, Set<String> withdrawn, int free, int makeUp, List<Hold> holds) {
    return new ClientAccount("c1", "p1", grants, withdrawn, free, makeUp, holds, false, 3);
  }

  @Test
  void consentIsPerModalityAndAWithdrawalWinsWhicheverArrivesFirst() {
    ClientAccount a = account(Map.of("k1", Modality.VIDEO), Set.of(), 1, 0, List.of());
    assertThat(a.hasConsentFor(Modality.VIDEO)).isTrue();
    assertThat(a.hasConsentFor(Modality.CHAT)).isFalse();
    ClientAccount withdrawn = account(Map.of("k1", Modality.VIDEO), Set.of("k1"), 1, 0, List.of());
    assertThatThrownBy(() -> withdrawn.requireConsentFor(Modality.VIDEO))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("consent-missing"));
  }

  @Test
  void anOverlappingHoldIsRefusedExceptTheBookingsOwn() {
    ClientAccount a = account(Map.of(), Set.of(), 0, 0, List.of(new Hold("b1", T, T.plusSeconds(3000))));
    assertThatThrownBy(() -> a.requireFree(T.plusSeconds(1200), T.plusSeconds(4200), "b2"))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("client-overlap"));
    a.requireFree(T.plusSeconds(1200), T.plusSeconds(4200), "b1");
    a.requireFree(T.plusSeconds(3000), T.plusSeconds(6000), "b2");
  }

  @Test
  void makeUpSessionsAreUsedBeforeFreeFirstSessions() {
    assertThat(account(Map.of(), Set.of(), 1, 1, List.of()).nextEntitlement()).isEqualTo(Entitlement.MAKE_UP);
    assertThat(account(Map.of(), Set.of(), 1, 0, List.of()).nextEntitlement()).isEqualTo(Entitlement.FREE_FIRST);
    assertThat(account(Map.of(), Set.of(), 0, 0, List.of()).nextEntitlement()).isEqualTo(Entitlement.NONE);
  }
}
