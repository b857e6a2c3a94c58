package org.xinqiao.records.care;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.xinqiao.kit.messaging.ProcessedEvents;

/**
 * What other services told us about a client's care: which counsellor holds which booking (from
 * booking events) and which crisis cases are open and routed to which teams (from crisis events).
 * Every change is applied once per event id; a cancellation or resolution is never undone by a
 * late or repeated earlier event.
 */
@Component
public class CareLinks {

  public static final String BOOKINGS = "careBookings";
  public static final String CASES = "crisisCases";
  static final String ACTIVE = "ACTIVE";
  static final String CANCELLED = "CANCELLED";
  static final String OPEN = "OPEN";
  static final String RESOLVED = "RESOLVED";

  private final MongoTemplate mongo;

  public CareLinks(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** A booking as far as records needs it. */
  public record BookingLink(String bookingId, String clientId, String counselorId, boolean active) {}

  public boolean bookingHeld(String eventId, String bookingId, String clientId, String counselorId) {
    return ProcessedEvents.upsertOnce(mongo, BOOKINGS, bookingId, eventId,
        new Update().set("clientId", clientId).set("counselorId", counselorId).setOnInsert("status", ACTIVE));
  }

  public boolean bookingCancelled(String eventId, String bookingId, String clientId, String counselorId) {
    return ProcessedEvents.upsertOnce(mongo, BOOKINGS, bookingId, eventId,
        new Update().set("clientId", clientId).set("counselorId", counselorId).set("status", CANCELLED));
  }

  public boolean caseOpened(String eventId, String caseId, String clientId, String teamId) {
    return ProcessedEvents.upsertOnce(mongo, CASES, caseId, eventId,
        new Update().set("clientId", clientId).addToSet("teams", teamId).setOnInsert("status", OPEN));
  }

  public boolean caseEscalated(String eventId, String caseId, String clientId, String toTeamId) {
    Update update = new Update().set("clientId", clientId).setOnInsert("status", OPEN);
    if (toTeamId != null) {
      update.addToSet("teams", toTeamId);
    }
    return ProcessedEvents.upsertOnce(mongo, CASES, caseId, eventId, update);
  }

  public boolean caseResolved(String eventId, String caseId, String clientId) {
    return ProcessedEvents.upsertOnce(mongo, CASES, caseId, eventId,
        new Update().set("clientId", clientId).set("status", RESOLVED));
  }

  public boolean holdsBooking(String counselorId, String clientId) {
    return counselorId != null && mongo.exists(Query.query(Criteria.where("clientId").is(clientId)
        .and("counselorId").is(counselorId).and("status").is(ACTIVE)), BOOKINGS);
  }

  public Optional<BookingLink> booking(String bookingId) {
    Document d = mongo.findById(bookingId, Document.class, BOOKINGS);
    return Optional.ofNullable(d).map(b -> new BookingLink(bookingId, b.getString("clientId"), b.getString("counselorId"),
        ACTIVE.equals(b.getString("status"))));
  }

  public boolean hasOpenCase(String clientId) {
    return mongo.exists(Query.query(Criteria.where("clientId").is(clientId).and("status").is(OPEN)), CASES);
  }

  /** Teams an open case of this client is routed to. */
  public Set<String> openCaseTeams(String clientId) {
    Set<String> teams = new HashSet<>();
    openCases(clientId).forEach(c -> teams.addAll(c.teams()));
    return teams;
  }

  /** Open cases of this client, with the teams each is routed to. */
  public List<OpenCase> openCases(String clientId) {
    return mongo.find(Query.query(Criteria.where("clientId").is(clientId).and("status").is(OPEN)), Document.class, CASES)
        .stream().map(d -> new OpenCase(d.getString("_id"), Set.copyOf(d.getList("teams", String.class, List.of()))))
        .toList();
  }

  /** An open crisis case and the teams it was routed to. */
  public record OpenCase(String caseId, Set<String> teams) {}
}
