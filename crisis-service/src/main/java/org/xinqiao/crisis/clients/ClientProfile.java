package org.xinqiao.crisis.clients;

import java.time.Instant;
import org.xinqiao.crisis.triage.Risk;

/**
 * What crisis remembers about a client from records' events: the partner that registered them, the
 * province for routing and the latest assessed risk level. No identity, no answers.
 */
public record ClientProfile(String clientId, String partnerId, String provinceCode, Risk latestRisk,
    Instant latestRiskAt) {

  public static ClientProfile unknown(String clientId) {
    return new ClientProfile(clientId, null, null, Risk.NONE, null);
  }
}
