package org.xinqiao.booking.booking;

import java.time.Instant;
import org.xinqiao.booking.shared.Party;

/** Who cancelled, why (a code, never free text), whether inside the late window, and when. */
public record Cancellation(Party by, String reasonCode, boolean late, Instant at) {}
