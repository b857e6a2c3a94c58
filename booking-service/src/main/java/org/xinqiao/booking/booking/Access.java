package org.xinqiao.booking.booking;

import org.springframework.data.mongodb.core.query.Criteria;
import org.xinqiao.booking.shared.Party;
import org.xinqiao.booking.shared.Refusals;
import org.xinqiao.kit.security.Actor;

/** Object-level rules: who may see and act on a booking, and which bookings a list shows. */
final class Access {

  private Access() {}

  static boolean clientSide(Actor a, Booking b) {
    return (a.has(Actor.CLIENT) && b.clientId().equals(a.pseudonymId()))
        || (a.has(Actor.PARTNER) && b.partnerId().equals(a.partnerId()));
  }

  static boolean counselorSide(Actor a, Booking b) {
    return (a.has(Actor.COUNSELOR) && b.counselorId().equals(a.counselorId()))
        || (a.has(Actor.CLINIC_ADMIN) && b.clinicId() != null && b.clinicId().equals(a.clinicId()));
  }

  static boolean canRead(Actor a, Booking b) {
    return clientSide(a, b) || counselorSide(a, b);
  }

  /** The party acting, when the caller is on either side of the booking. */
  static Party party(Actor a, Booking b) {
    if (a.has(Actor.CLIENT) && b.clientId().equals(a.pseudonymId())) {
      return Party.CLIENT;
    }
    if (a.has(Actor.PARTNER) && b.partnerId().equals(a.partnerId())) {
      return Party.PARTNER;
    }
    if (counselorSide(a, b)) {
      return Party.COUNSELOR;
    }
    throw Refusals.notFound("booking", b.id());
  }

  /** Starting, completing and no-shows are the booked counsellor's acts. */
  static void requireCounselor(Actor a, Booking b) {
    if (!(a.has(Actor.COUNSELOR) && b.counselorId().equals(a.counselorId()))) {
      throw Refusals.notAllowed("Only the booked counsellor runs the session.");
    }
  }

  /** The bookings a caller's list may show. */
  static Criteria scope(Actor a) {
    if (a.has(Actor.CLIENT) && a.pseudonymId() != null) {
      return Criteria.where("clientId").is(a.pseudonymId());
    }
    if (a.has(Actor.PARTNER) && a.partnerId() != null) {
      return Criteria.where("partnerId").is(a.partnerId());
    }
    if (a.has(Actor.COUNSELOR) && a.counselorId() != null) {
      return Criteria.where("counselorId").is(a.counselorId());
    }
    if (a.has(Actor.CLINIC_ADMIN) && a.clinicId() != null) {
      return Criteria.where("clinicId").is(a.clinicId());
    }
    throw Refusals.notAllowed("This role has no bookings to list.");
  }
}
