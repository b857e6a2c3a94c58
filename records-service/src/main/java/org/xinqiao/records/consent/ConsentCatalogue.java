package org.xinqiao.records.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xinqiao.records.consent.ConsentDocument.Option;
import org.xinqiao.records.consent.ConsentDocument.Question;
import org.xinqiao.records.consent.ConsentDocument.Section;

/**
 * The current consent documents: one per modality for the service itself, one for processing
 * sensitive health data (PIPL Art. 29) and one for supervision access. Each covers what online
 * counselling adds and ends with a short comprehension check.
 */
public final class ConsentCatalogue {

  private final List<ConsentDocument> documents;

  public ConsentCatalogue(List<ConsentDocument> documents) {
    this.documents = List.copyOf(documents);
  }

  public Optional<ConsentDocument> current(ConsentKind kind, Modality modality) {
    return documents.stream().filter(d -> d.kind() == kind && d.modality() == modality).findFirst();
  }

  public List<ConsentDocument> all() {
    return documents;
  }

  public static ConsentCatalogue standard() {
    List<ConsentDocument> docs = new ArrayList<>();
    for (Modality m : Modality.values()) {
      docs.add(service(m));
    }
    docs.add(new ConsentDocument("health-data", ConsentKind.HEALTH_DATA, null, "2025.1", "2025", "Processing of sensitive health data",
        List.of(
            new Section("data", "What is processed", "Screening answers and scores, session notes and crisis records are sensitive personal information under PIPL Art. 28-29."),
            new Section("retention", "Retention and erasure", "Records are kept while you use the service and for the retention period the law requires; you may export or erase them, except while a crisis case is open.")),
        List.of(
            new Question("hd-1", "Can you ask for your records to be erased?", List.of(
                new Option("a", "Yes, unless a crisis case is open"), new Option("b", "No, never")), "a"),
            new Question("hd-2", "Are your screening answers shared with other apps?", List.of(
                new Option("a", "Yes"), new Option("b", "No, only scores reach the care team")), "b"))));
    docs.add(new ConsentDocument("supervision", ConsentKind.SUPERVISION, null, "2025.1", "2025", "Supervision of your counsellor",
        List.of(new Section("supervision", "Who else reads your notes", "Your counsellor's named clinical supervisor may read session notes to support the quality of your care; every read is audited.")),
        List.of(new Question("sv-1", "Who may read your notes under this consent?", List.of(
            new Option("a", "Anyone at the clinic"), new Option("b", "Only your counsellor's supervisor, and it is audited")), "b"))));
    return new ConsentCatalogue(docs);
  }

  private static ConsentDocument service(Modality m) {
    String channel = switch (m) {
      case VIDEO -> "video";
      case AUDIO -> "audio";
      case CHAT -> "instant text chat";
      case ASYNC_MESSAGE -> "asynchronous messages";
    };
    return new ConsentDocument("service-" + m.name().toLowerCase(java.util.Locale.ROOT), ConsentKind.SERVICE, m,
        "2025.1", "2025", "Online counselling by " + channel,
        List.of(
            new Section("technical-failure", "If the connection fails", "A session cut short by a technical failure is recorded and a make-up session is offered; use only the platform's channel, never private WeChat or QQ accounts."),
            new Section("confidentiality", "Limits of confidentiality", "What you say is confidential except where there is a risk of serious harm to you or others, abuse of a minor, or a legal order."),
            new Section("crisis", "Crisis procedure", "If your counsellor believes you are at risk, the crisis team may contact your emergency contact; this is recorded in an audit log."),
            new Section("data", "Data handling and retention", "Notes are encrypted; you can export or erase your records."),
            new Section("supervision", "Supervision", "Counsellors are supervised; a supervisor reads notes only if you give the separate supervision consent.")),
        List.of(
            new Question("q-failure", "What happens if a session is cut short by a technical failure?", List.of(
                new Option("a", "The session is lost"), new Option("b", "It is recorded and a make-up session is offered")), "b"),
            new Question("q-confidentiality", "When may confidentiality be broken?", List.of(
                new Option("a", "Never"), new Option("b", "When there is a risk of serious harm, abuse of a minor or a legal order")), "b"),
            new Question("q-crisis", "Who may be contacted if you are judged at risk?", List.of(
                new Option("a", "Your emergency contact, by the crisis team"), new Option("b", "Nobody")), "a")));
  }
}
