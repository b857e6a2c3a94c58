package org.xinqiao.kit.messaging;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.ExponentialBackOff;
import org.xinqiao.contracts.MalformedEventException;
import org.xinqiao.contracts.Topics;

/**
 * What a consumer does with a record it cannot handle: transient failures are retried a few times
 * with backoff; malformed or invalid events are not retried at all. Either way the record then goes
 * to {@code <topic>.dlt} with its original bytes and the reason in headers, and the consumer moves on.
 */
public final class DeadLetters {

  public static final String REASON_HEADER = "x-dlt-reason";

  private DeadLetters() {}

  public static DefaultErrorHandler errorHandler(KafkaOperations<String, byte[]> template, int retries) {
    DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
        (record, e) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
    recoverer.setHeadersFunction((record, e) -> {
      RecordHeaders headers = new RecordHeaders();
      headers.add(REASON_HEADER, reason(e).getBytes(StandardCharsets.UTF_8));
      return headers;
    });
    ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
    backOff.setMaxAttempts(retries);
    DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
    handler.addNotRetryableExceptions(MalformedEventException.class, InvalidEventException.class,
        DeserializationException.class, IllegalArgumentException.class, ClassCastException.class);
    return handler;
  }

  static String reason(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getClass().getName().startsWith("org.springframework.kafka")) {
      t = t.getCause();
    }
    String message = t.getMessage() == null ? "" : ": " + t.getMessage();
    String reason = org.xinqiao.kit.observability.Redaction.redact(t.getClass().getSimpleName() + message);
    return reason.length() > 500 ? reason.substring(0, 500) : reason;
  }
}
