package org.xinqiao.crisis.cases.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xinqiao.crisis.cases.CaseRefusals;
import org.xinqiao.crisis.cases.CaseService;
import org.xinqiao.crisis.cases.SignalReporter;
import org.xinqiao.kit.security.Actor;

/**
 * Crisis signals from a client, the partner app that registered them, or a counsellor. Stored
 * before the 202 answer (the case and its events in one write), so a signal is never lost even
 * while Kafka is away. Never rate-limited.
 */
@RestController
class SignalController {

  static final String CLIENT_ID = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$";

  /**
   * @param clientId the client concerned; a client reporting for themselves may leave it out
   * @param presentDanger whether the reporter says the client is in danger now
   * @param regionCode the province the client is in now, when known (GB/T 2260)
   */
  record SubmitSignalRequest(@Pattern(regexp = CLIENT_ID) String clientId, @NotNull Boolean presentDanger,
      @Pattern(regexp = "^[1-8][0-9]{5}$") String regionCode) {}

  record SignalAccepted(String caseId, Instant receivedAt) {}

  private final CaseService cases;
  private final Clock clock;

  SignalController(CaseService cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  @PostMapping("/api/v1/crisis/signals")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @PreAuthorize("hasAnyRole('client','partner','counselor')")
  SignalAccepted submit(@Valid @RequestBody SubmitSignalRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) @Pattern(regexp = "^[A-Za-z0-9._:-]{8,100}$") String key,
      Actor actor) {
    SignalReporter reporter = reporter(actor);
    String clientId = reporter.clientFor(request.clientId());
    String signalId;
    String scopedKey = null;
    if (key != null) {
      scopedKey = reporter.scope() + ":" + key;
      signalId = "idem:" + scopedKey + "#" + fingerprint(clientId, request);
    } else {
      signalId = "http:" + UUID.randomUUID();
    }
    CaseService.SignalReceipt receipt = cases.report(reporter, clientId, request.presentDanger(), request.regionCode(),
        signalId, scopedKey);
    return new SignalAccepted(receipt.caseId(), clock.instant());
  }

  private static SignalReporter reporter(Actor actor) {
    if (actor.has(Actor.CLIENT) && actor.pseudonymId() != null) {
      return SignalReporter.client(actor.pseudonymId());
    }
    if (actor.has(Actor.PARTNER) && actor.partnerId() != null) {
      return SignalReporter.partner(actor.partnerId());
    }
    if (actor.has(Actor.COUNSELOR) && actor.counselorId() != null) {
      return SignalReporter.counselor(actor.counselorId());
    }
    throw new CaseRefusals.NotYourClient();
  }

  private static String fingerprint(String clientId, SubmitSignalRequest r) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String canonical = clientId + "|" + r.presentDanger() + "|" + (r.regionCode() == null ? "" : r.regionCode());
      return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
