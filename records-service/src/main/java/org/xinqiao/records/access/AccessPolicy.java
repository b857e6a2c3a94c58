package org.xinqiao.records.access;

import org.xinqiao.kit.security.Actor;

/**
 * Object-level rules: a partner acts only for clients it registered, a client only for itself, a
 * counsellor only for clients with whom they hold a booking, a supervisor only where the client
 * consented to supervision, a crisis responder only within an open case routed to their team.
 */
public final class AccessPolicy {

  public Decision decide(Actor actor, Action action, Relations r) {
    String purpose = purpose(actor, action);
    boolean owner = isOwner(actor, r);
    boolean allowed = switch (action) {
      case REGISTER_CLIENT, LIST_CLIENTS -> actor.has(Actor.PARTNER) && actor.partnerId() != null;
      case EXPORT, ERASE, MANAGE_CONSENTS, STORE_ASSESSMENT -> owner;
      case VIEW_PROFILE, READ_CONSENTS, READ_ASSESSMENTS -> owner || counselorWithBooking(actor, r);
      case WRITE_NOTE -> counselorWithBooking(actor, r);
      case READ_NOTES -> counselorWithBooking(actor, r) || supervisorWithConsent(actor, r);
      case READ_EMERGENCY_CONTACT -> actor.has(Actor.CRISIS_RESPONDER) && actor.teamId() != null
          && r.openCaseTeams().contains(actor.teamId());
    };
    return new Decision(allowed, allowed ? "permitted" : reasonForRefusal(actor, action, r), purpose);
  }

  private static boolean isOwner(Actor actor, Relations r) {
    return (actor.has(Actor.CLIENT) && r.clientId().equals(actor.pseudonymId()))
        || (actor.has(Actor.PARTNER) && actor.partnerId() != null && actor.partnerId().equals(r.partnerId()));
  }

  private static boolean counselorWithBooking(Actor actor, Relations r) {
    return actor.has(Actor.COUNSELOR) && actor.counselorId() != null && r.counselorHoldsBooking();
  }

  private static boolean supervisorWithConsent(Actor actor, Relations r) {
    return actor.has(Actor.SUPERVISOR) && actor.counselorId() != null && r.supervisionConsent();
  }

  private static String reasonForRefusal(Actor actor, Action action, Relations r) {
    if (action == Action.READ_EMERGENCY_CONTACT) {
      return r.openCaseTeams().isEmpty() ? "no-open-crisis-case" : "case-not-routed-to-team";
    }
    if (actor.has(Actor.SUPERVISOR) && !r.supervisionConsent()) {
      return "no-supervision-consent";
    }
    if (actor.has(Actor.COUNSELOR)) {
      return "no-booking-with-client";
    }
    if (actor.hasAny(Actor.PARTNER, Actor.CLIENT)) {
      return "not-own-client";
    }
    return "role-not-permitted";
  }

  private static String purpose(Actor actor, Action action) {
    if (action == Action.EXPORT) {
      return "DATA_EXPORT";
    }
    if (action == Action.ERASE) {
      return "ERASURE";
    }
    if (action == Action.READ_EMERGENCY_CONTACT) {
      return "CRISIS_BREAK_GLASS";
    }
    if (actor.has(Actor.CLIENT)) {
      return "SELF_SERVICE";
    }
    if (actor.has(Actor.PARTNER)) {
      return "PARTNER_SERVICE";
    }
    if (actor.has(Actor.SUPERVISOR)) {
      return "SUPERVISION";
    }
    if (actor.has(Actor.COUNSELOR)) {
      return "CARE";
    }
    return "OTHER";
  }
}
