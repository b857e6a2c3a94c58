package org.xinqiao.booking.booking.web;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinqiao.booking.booking.BookingService;
import org.xinqiao.booking.booking.BookingStatus;
import org.xinqiao.booking.booking.web.BookingRequests.CancelRequest;
import org.xinqiao.booking.booking.web.BookingRequests.CreateBookingRequest;
import org.xinqiao.booking.booking.web.BookingRequests.InterruptionRequest;
import org.xinqiao.booking.booking.web.BookingRequests.RescheduleRequest;
import org.xinqiao.booking.shared.Refusals;
import org.xinqiao.kit.security.Actor;
import tools.jackson.databind.json.JsonMapper;

/** Bookings and their lifecycle. */
@RestController
@RequestMapping("/api/v1/bookings")
class BookingController {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final BookingService service;

  BookingController(BookingService service) {
    this.service = service;
  }

  record BookingPage(List<BookingView> items, int page, int size, long total) {}

  @PostMapping
  ResponseEntity<String> create(@Valid @RequestBody CreateBookingRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Actor actor) {
    if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 128) {
      throw Refusals.invalid("idempotency-key-required", "POST /bookings needs an Idempotency-Key header (1-128 characters).");
    }
    var created = service.create(actor,
        new BookingService.NewBooking(request.clientId(), request.counselorId(), request.slotStart(), request.modality()),
        idempotencyKey, fingerprint(request), b -> JSON.writeValueAsString(BookingView.of(b)));
    return ResponseEntity.status(HttpStatus.CREATED)
        .header("Location", "/api/v1/bookings/" + created.booking().id())
        .header("Idempotent-Replayed", String.valueOf(created.replay()))
        .contentType(MediaType.APPLICATION_JSON)
        .body(created.answer());
  }

  @GetMapping
  BookingPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
      @RequestParam(required = false) BookingStatus status, Actor actor) {
    var p = service.list(actor, status, page, size);
    return new BookingPage(p.items().stream().map(BookingView::of).toList(), p.page(), p.size(), p.total());
  }

  @GetMapping("/{id}")
  BookingView get(@PathVariable String id, Actor actor) {
    return BookingView.of(service.get(actor, id));
  }

  @PostMapping("/{id}/cancel")
  BookingView cancel(@PathVariable String id, @Valid @RequestBody(required = false) CancelRequest request, Actor actor) {
    String reason = request == null || request.reasonCode() == null || request.reasonCode().isBlank()
        ? "CLIENT_REQUEST" : request.reasonCode();
    return BookingView.of(service.cancel(actor, id, reason));
  }

  @PostMapping("/{id}/reschedule")
  BookingView reschedule(@PathVariable String id, @Valid @RequestBody RescheduleRequest request, Actor actor) {
    return BookingView.of(service.reschedule(actor, id, request.slotStart()));
  }

  @PostMapping("/{id}/start")
  BookingView start(@PathVariable String id, Actor actor) {
    return BookingView.of(service.start(actor, id));
  }

  @PostMapping("/{id}/complete")
  BookingView complete(@PathVariable String id, Actor actor) {
    return BookingView.of(service.complete(actor, id));
  }

  @PostMapping("/{id}/no-show")
  BookingView noShow(@PathVariable String id, Actor actor) {
    return BookingView.of(service.noShow(actor, id));
  }

  @PostMapping("/{id}/interruptions")
  BookingView interruption(@PathVariable String id, @Valid @RequestBody InterruptionRequest request, Actor actor) {
    return BookingView.of(service.interruption(actor, id, request.startedAt(), request.endedAt(), request.cause()));
  }

  /** SHA-256 of the request's meaning (not its byte layout), for telling a retry from a different request. */
  static String fingerprint(CreateBookingRequest r) {
    String canonical = String.join("\n", r.clientId(), r.counselorId(), r.slotStart().toString(), r.modality().name());
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
