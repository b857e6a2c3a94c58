package org.xinqiao.records.rights;

import java.time.Instant;
import java.util.List;
import org.xinqiao.records.assessment.AssessmentView;
import org.xinqiao.records.audit.AuditEntry;
import org.xinqiao.records.client.ClientView;
import org.xinqiao.records.client.Identity;
import org.xinqiao.records.consent.ConsentView;
import org.xinqiao.records.note.NoteView;

/** Everything held about a client (PIPL right of access and portability), as one JSON document. */
public record DataExport(Instant exportedAt, ClientView client, Identity identity, List<ConsentView> consents,
    List<StoredAssessment> assessments, List<NoteView> notes, List<AuditEntry> accessLog) {

  /** A stored assessment with the answers the client gave. */
  public record StoredAssessment(AssessmentView score, String answers) {}
}
