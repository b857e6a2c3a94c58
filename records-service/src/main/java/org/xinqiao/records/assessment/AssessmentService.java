package org.xinqiao.records.assessment;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.xinqiao.contracts.EventEnvelope;
import org.xinqiao.contracts.EventTypes;
import org.xinqiao.contracts.Topics;
import org.xinqiao.contracts.records.AssessmentScored;
import org.xinqiao.kit.outbox.Outbox;
import org.xinqiao.kit.outbox.OutboxEvent;
import org.xinqiao.kit.outbox.OutboxRelay;
import org.xinqiao.kit.problem.DomainException;
import org.xinqiao.kit.problem.ProblemKind;
import org.xinqiao.kit.security.Actor;
import org.xinqiao.records.access.Action;
import org.xinqiao.records.access.Guard;
import org.xinqiao.records.assessment.AssessmentRepository.AssessmentDocument;
import org.xinqiao.records.client.ClientRefused;
import org.xinqiao.records.client.ClientRepository.ClientDocument;
import org.xinqiao.records.common.Idempotency;
import org.xinqiao.records.common.PageView;
import org.xinqiao.records.common.Paging;
import org.xinqiao.records.consent.ConsentKind;
import org.xinqiao.records.consent.ConsentRepository;
import org.xinqiao.records.crypto.FieldCipher;
import tools.jackson.databind.json.JsonMapper;

/** Scores screenings; storing one needs the client's health-data consent and announces the score, never the answers. */
@Service
public class AssessmentService {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Scorer scorer;
  private final AssessmentRepository assessments;
  private final ConsentRepository consents;
  private final Guard guard;
  private final FieldCipher cipher;
  private final OutboxRelay relay;
  private final Clock clock;
  private final MeterRegistry meters;

  public AssessmentService(Scorer scorer, AssessmentRepository assessments, ConsentRepository consents, Guard guard,
      FieldCipher cipher, OutboxRelay relay, Clock clock, MeterRegistry meters) {
    this.scorer = scorer;
    this.assessments = assessments;
    this.consents = consents;
    this.guard = guard;
    this.cipher = cipher;
    this.relay = relay;
    this.clock = clock;
    this.meters = meters;
  }

  /** A screening to score (and, with a client id, to store). */
  public record Submission(String clientId, Instrument instrument, List<Integer> answers, CssrsAnswers cssrs,
      String locale) {}

  /** Free, anonymous: scores and forgets. */
  public Score scoreOnly(Submission s) {
    Score score = scorer.score(s.instrument(), s.answers(), s.cssrs(), s.locale());
    meters.counter("xinqiao.records.assessments.scored", "instrument", score.instrument().name(), "band", score.band(),
        "stored", "false").increment();
    return score;
  }

  public AssessmentView store(Actor actor, Submission s, String idempotencyKey) {
    ClientDocument client = guard.require(actor, Action.STORE_ASSESSMENT, s.clientId());
    if (client.toClient().isErased()) {
      throw ClientRefused.erased(s.clientId());
    }
    if (!consents.holds(s.clientId(), ConsentKind.HEALTH_DATA, null)) {
      throw new NoHealthDataConsent();
    }
    Score score = scorer.score(s.instrument(), s.answers(), s.cssrs(), s.locale());
    String id = UUID.randomUUID().toString();
    String slot = Idempotency.slot(s.clientId(), idempotencyKey, id);
    String fingerprint = Idempotency.fingerprint(s);
    Instant now = clock.instant();
    String answers = cipher.encrypt(client.dataKey(), s.clientId(), "assessment/" + id,
        JSON.writeValueAsString(s.instrument() == Instrument.CSSRS_SCREEN ? s.cssrs() : s.answers()));
    OutboxEvent event = Outbox.entry(Topics.RECORDS, EventEnvelope.of(
        EventTypes.find(EventTypes.ASSESSMENT_SCORED).orElseThrow(), id, now,
        new AssessmentScored(id, s.clientId(), org.xinqiao.contracts.records.Instrument.valueOf(score.instrument().name()),
            score.total(), score.band(), org.xinqiao.contracts.records.RiskLevel.valueOf(score.riskLevel().name()),
            score.riskFlags(), client.provinceCode(), now)));
    AssessmentDocument doc = new AssessmentDocument(id, s.clientId(), score.instrument().name(), score.total(),
        score.band(), score.riskLevel().name(), score.riskFlags(), score.bandsVersion(), s.locale(), answers, now, slot,
        fingerprint, List.of(event));
    try {
      assessments.insert(doc);
    } catch (DuplicateKeyException clash) {
      AssessmentDocument earlier = assessments.findBySlot(slot).orElseThrow(() -> clash);
      if (!earlier.fingerprint().equals(fingerprint)) {
        throw Idempotency.reused();
      }
      return AssessmentView.of(earlier);
    }
    relay.nudge();
    meters.counter("xinqiao.records.assessments.scored", "instrument", score.instrument().name(), "band", score.band(),
        "stored", "true").increment();
    if (score.atRisk()) {
      meters.counter("xinqiao.records.assessments.at_risk", "instrument", score.instrument().name()).increment();
    }
    return AssessmentView.of(doc);
  }

  public PageView<AssessmentView> list(Actor actor, String clientId, Paging paging) {
    guard.require(actor, Action.READ_ASSESSMENTS, clientId);
    return paging.view(assessments.ofClient(clientId, paging.skip(), paging.size()).stream().map(AssessmentView::of)
        .toList(), assessments.countOfClient(clientId));
  }

  /** Storing a score needs the separate consent to process sensitive health data (PIPL Art. 29). */
  static final class NoHealthDataConsent extends DomainException {
    NoHealthDataConsent() {
      super(ProblemKind.CONFLICT, "health-data-consent-required",
          "The client has not granted the consent to process health data; the score can be computed anonymously instead.");
    }
  }
}
