package org.xinqiao.booking.booking;

/** A caller's Idempotency-Key within its scope (the acting client or partner), with the request's fingerprint. */
public record IdempotencyKey(String scope, String key, String fingerprint) {}
