package org.xinqiao.booking.booking.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.xinqiao.booking.booking.InterruptionCause;
import org.xinqiao.booking.shared.Modality;

/** Request bodies. None of them has a status field: the status changes only through the lifecycle endpoints. */
public final class BookingRequests {

  private BookingRequests() {}

  public record CreateBookingRequest(
      @NotBlank @Size(max = 64) String clientId,
      @NotBlank @Size(max = 64) String counselorId,
      @NotNull Instant slotStart,
      @NotNull Modality modality) {}

  public record CancelRequest(@Size(max = 40) @Pattern(regexp = "[A-Z_]*") String reasonCode) {}

  public record RescheduleRequest(@NotNull Instant slotStart) {}

  public record InterruptionRequest(@NotNull Instant startedAt, @NotNull Instant endedAt, @NotNull InterruptionCause cause) {}
}
