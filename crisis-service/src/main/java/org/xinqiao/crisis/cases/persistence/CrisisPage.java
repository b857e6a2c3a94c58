package org.xinqiao.crisis.cases.persistence;

import java.time.Instant;

/**
 * A page to a crisis team, published on {@code crisis.notifications} as {@code crisis.page.v1} for
 * responder and partner apps. Ids and codes only.
 *
 * @param tier the escalation tier paged, 1 being the home team
 * @param severity severity code (IMMINENT, HIGH, MODERATE, LOW)
 * @param deadline when this tier must have acknowledged; null at the emergency step
 * @param emergencyStep whether emergency services were requested with this page
 */
public record CrisisPage(String caseId, String teamId, int tier, String severity, Instant deadline,
    boolean emergencyStep) {

  public static final String TYPE = "crisis.page.v1";
}
