package org.xinqiao.records.rights;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.xinqiao.kit.security.Actor;
import org.xinqiao.records.access.Action;
import org.xinqiao.records.access.Guard;
import org.xinqiao.records.assessment.AssessmentRepository;
import org.xinqiao.records.assessment.AssessmentView;
import org.xinqiao.records.audit.AuditLog;
import org.xinqiao.records.client.ClientRefused;
import org.xinqiao.records.client.ClientRepository.ClientDocument;
import org.xinqiao.records.client.ClientService;
import org.xinqiao.records.client.ClientView;
import org.xinqiao.records.common.Paging;
import org.xinqiao.records.consent.ConsentService;
import org.xinqiao.records.crypto.FieldCipher;
import org.xinqiao.records.note.NoteService;

/** Export of everything held about a client, to the client itself or the partner that registered it. */
@Service
public class DataRightsService {

  static final int MAX_ACCESS_LOG = Paging.MAX_SIZE;

  private final Guard guard;
  private final ClientService clients;
  private final ConsentService consents;
  private final AssessmentRepository assessments;
  private final NoteService notes;
  private final AuditLog audit;
  private final FieldCipher cipher;
  private final Clock clock;

  public DataRightsService(Guard guard, ClientService clients, ConsentService consents, AssessmentRepository assessments,
      NoteService notes, AuditLog audit, FieldCipher cipher, Clock clock) {
    this.guard = guard;
    this.clients = clients;
    this.consents = consents;
    this.assessments = assessments;
    this.notes = notes;
    this.audit = audit;
    this.cipher = cipher;
    this.clock = clock;
  }

  public DataExport export(Actor actor, String clientId) {
    ClientDocument client = guard.require(actor, Action.EXPORT, clientId);
    ClientView view = ClientView.of(client);
    if (client.toClient().isErased()) {
      throw ClientRefused.erased(clientId);
    }
    List<DataExport.StoredAssessment> stored = assessments.ofClient(clientId, 0, Integer.MAX_VALUE).stream()
        .map(d -> new DataExport.StoredAssessment(AssessmentView.of(d),
            cipher.decrypt(client.dataKey(), clientId, "assessment/" + d.id(), d.answersCiphertext())))
        .toList();
    return new DataExport(clock.instant(), view, clients.identityOf(client), consents.exportOf(clientId), stored,
        notes.exportOf(client), audit.list(clientId, new Paging(0, MAX_ACCESS_LOG)).items());
  }
}
