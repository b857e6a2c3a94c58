package org.xinqiao.booking.client.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.xinqiao.booking.booking.BookingService;
import org.xinqiao.kit.security.Actor;

/** A client's remaining free and make-up sessions. */
@RestController
class EntitlementsController {

  private final BookingService service;

  EntitlementsController(BookingService service) {
    this.service = service;
  }

  record EntitlementsView(String clientId, int freeSessionsRemaining, int makeUpSessionsRemaining) {}

  @GetMapping("/api/v1/clients/{id}/entitlements")
  EntitlementsView get(@PathVariable String id, Actor actor) {
    var c = service.entitlements(actor, id);
    return new EntitlementsView(c.id(), c.freeRemaining(), c.makeUpRemaining());
  }
}
