package org.xinqiao.crisis.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Rosters in MongoDB, one document per region (id = region code). */
@Component
public class RosterStore {

  static final String COLLECTION = "rosters";

  private final MongoTemplate mongo;

  public RosterStore(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  public void save(Roster roster) {
    List<Document> shifts = new ArrayList<>();
    for (RosterShift s : roster.shifts()) {
      shifts.add(new Document("teamId", s.teamId()).append("responderIds", s.responderIds())
          .append("startsAt", Date.from(s.startsAt())).append("endsAt", Date.from(s.endsAt())));
    }
    mongo.upsert(new Query(Criteria.where("_id").is(roster.regionCode())),
        new Update().set("shifts", shifts).set("updatedAt", Date.from(roster.updatedAt())).set("updatedBy", roster.updatedBy()),
        COLLECTION);
  }

  @SuppressWarnings("unchecked")
  public Optional<Roster> find(String regionCode) {
    Document d = mongo.findById(regionCode, Document.class, COLLECTION);
    if (d == null) {
      return Optional.empty();
    }
    List<RosterShift> shifts = new ArrayList<>();
    for (Document s : (List<Document>) d.get("shifts", List.class)) {
      shifts.add(new RosterShift(s.getString("teamId"), (List<String>) s.get("responderIds", List.class),
          s.getDate("startsAt").toInstant(), s.getDate("endsAt").toInstant()));
    }
    return Optional.of(new Roster(regionCode, shifts, d.getDate("updatedAt").toInstant(), d.getString("updatedBy")));
  }

  public Optional<String> onCallAt(String regionCode, Instant t) {
    return find(regionCode).flatMap(r -> r.onCallAt(t));
  }
}
