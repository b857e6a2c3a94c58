package org.xinqiao.kit.messaging;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;
import org.springframework.kafka.listener.RecordInterceptor;
import org.xinqiao.kit.observability.CorrelationId;

/** Puts a consumed record's correlation id into the log context while the listener handles it. */
public final class CorrelationRecordInterceptor implements RecordInterceptor<String, byte[]> {

  @Override
  public ConsumerRecord<String, byte[]> intercept(ConsumerRecord<String, byte[]> record,
      Consumer<String, byte[]> consumer) {
    Header h = record.headers().lastHeader(CorrelationId.KAFKA_HEADER);
    String id = h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    if (CorrelationId.wellFormed(id)) {
      MDC.put(CorrelationId.MDC_KEY, id);
    }
    return record;
  }

  @Override
  public void afterRecord(ConsumerRecord<String, byte[]> record, Consumer<String, byte[]> consumer) {
    MDC.remove(CorrelationId.MDC_KEY);
  }
}
