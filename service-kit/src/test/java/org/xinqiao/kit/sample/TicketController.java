package org.xinqiao.kit.sample;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xinqiao.contracts.EventEnvelope;
import org.xinqiao.kit.outbox.Outbox;
import org.xinqiao.kit.outbox.OutboxRelay;
import org.xinqiao.kit.problem.DomainException;
import org.xinqiao.kit.problem.ProblemKind;
import org.xinqiao.kit.security.Actor;

@RestController
class TicketController {

  static final String TOPIC = "sample.events";

  record OpenTicket(@NotBlank @Size(max = 40) String title) {}

  record TicketOpened(String ticketId) {}

  record Ticket(@org.springframework.data.annotation.Id String id, String title, String openedBy,
      List<org.xinqiao.kit.outbox.OutboxEvent> outbox) {}

  record TicketView(String id, String title, String openedBy) {}

  static final class TicketNotFound extends DomainException {
    TicketNotFound(String id) {
      super(ProblemKind.NOT_FOUND, "ticket-not-found", "No ticket " + id + ".");
    }
  }

  private final MongoTemplate mongo;
  private final OutboxRelay relay;
  private final Clock clock;

  TicketController(MongoTemplate mongo, OutboxRelay relay, Clock clock) {
    this.mongo = mongo;
    this.relay = relay;
    this.clock = clock;
  }

  @PostMapping("/api/v1/tickets")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasRole('partner')")
  TicketView open(@Valid @RequestBody OpenTicket request, Actor actor) {
    String id = UUID.randomUUID().toString();
    EventEnvelope<TicketOpened> event =
        EventEnvelope.of("/sample", "sample.ticket.opened.v1", id, clock.instant(), new TicketOpened(id));
    // the ticket and its event in one insert
    mongo.insert(new Ticket(id, request.title(), actor.partnerId(), List.of(Outbox.entry(TOPIC, event))), "tickets");
    relay.nudge();
    return new TicketView(id, request.title(), actor.partnerId());
  }

  @GetMapping("/api/v1/tickets/{id}")
  TicketView get(@PathVariable String id) {
    Map<?, ?> doc = mongo.findById(id, Map.class, "tickets");
    if (doc == null) {
      throw new TicketNotFound(id);
    }
    return new TicketView(id, (String) doc.get("title"), (String) doc.get("openedBy"));
  }

  @GetMapping("/api/v1/boom")
  TicketView boom() {
    throw new IllegalStateException("phone 13812345678 leaked into an exception");
  }
}
