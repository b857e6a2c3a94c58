package org.xinqiao.booking.availability.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinqiao.booking.availability.Availability;
import org.xinqiao.booking.availability.AvailabilityException;
import org.xinqiao.booking.availability.AvailabilityService;
import org.xinqiao.booking.availability.WeeklyRule;
import org.xinqiao.booking.shared.Refusals;
import org.xinqiao.kit.security.Actor;

/** A counsellor's weekly rules, exceptions, session length and buffer; and the free slots they give. */
@RestController
class AvailabilityController {

  private final AvailabilityService service;

  AvailabilityController(AvailabilityService service) {
    this.service = service;
  }

  record Rule(@NotNull DayOfWeek day, @NotNull LocalTime start, @NotNull LocalTime end) {}

  record Exception(@NotNull LocalDate date, LocalTime start, LocalTime end, @NotNull AvailabilityException.Kind kind) {}

  /** Weekly rules are local times in {@code zone}, e.g. {@code Asia/Urumqi}. */
  record AvailabilityBody(
      @NotBlank @Size(max = 64) String zone,
      @NotNull @Size(max = Availability.MAX_RULES) List<@Valid @NotNull Rule> weekly,
      @Size(max = Availability.MAX_EXCEPTIONS) List<@Valid @NotNull Exception> exceptions,
      @Min(15) @Max(180) int sessionMinutes,
      @Min(0) @Max(120) int bufferMinutes) {}

  record SlotView(Instant start, Instant end) {}

  record SlotsView(String counselorId, String zone, boolean bookable, List<SlotView> slots) {}

  @GetMapping("/api/v1/counselors/{id}/availability")
  AvailabilityBody get(@PathVariable String id, Actor actor) {
    return body(service.get(actor, id));
  }

  @PutMapping("/api/v1/counselors/{id}/availability")
  AvailabilityBody put(@PathVariable String id, @Valid @RequestBody AvailabilityBody body, Actor actor) {
    ZoneId zone;
    try {
      zone = ZoneId.of(body.zone());
    } catch (DateTimeException e) {
      throw Refusals.invalid("invalid-availability", "Unknown time zone.");
    }
    Availability a = new Availability(zone,
        body.weekly().stream().map(r -> new WeeklyRule(r.day(), r.start(), r.end())).toList(),
        body.exceptions() == null ? List.of()
            : body.exceptions().stream().map(e -> new AvailabilityException(e.date(), e.start(), e.end(), e.kind())).toList(),
        body.sessionMinutes(), body.bufferMinutes());
    return body(service.replace(actor, id, a));
  }

  @GetMapping("/api/v1/counselors/{id}/slots")
  SlotsView slots(@PathVariable String id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
    var free = service.freeSlots(id, from, to);
    return new SlotsView(free.counselorId(), free.zone(), free.bookable(),
        free.slots().stream().map(s -> new SlotView(s.start(), s.end())).toList());
  }

  private static AvailabilityBody body(Availability a) {
    return new AvailabilityBody(a.zone().getId(),
        a.weekly().stream().map(r -> new Rule(r.day(), r.start(), r.end())).toList(),
        a.exceptions().stream().map(e -> new Exception(e.date(), e.start(), e.end(), e.kind())).toList(),
        a.sessionMinutes(), a.bufferMinutes());
  }
}
