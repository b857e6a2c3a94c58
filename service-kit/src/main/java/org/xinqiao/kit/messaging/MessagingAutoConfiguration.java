package org.xinqiao.kit.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.xinqiao.kit.outbox.OutboxProperties;
import org.xinqiao.kit.outbox.OutboxRelay;

/** The outbox relay, dead letters and correlation for every service's Kafka traffic. */
@AutoConfiguration(afterName = {
    "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
    "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration"})
@EnableConfigurationProperties(OutboxProperties.class)
public class MessagingAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  @ConditionalOnMissingBean(CommonErrorHandler.class)
  CommonErrorHandler deadLetterErrorHandler(KafkaTemplate<String, byte[]> template) {
    return DeadLetters.errorHandler(template, 3);
  }

  @Bean
  @ConditionalOnMissingBean(RecordInterceptor.class)
  RecordInterceptor<String, byte[]> correlationRecordInterceptor() {
    return new CorrelationRecordInterceptor();
  }

  @Bean
  @ConditionalOnMissingBean
  OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, OutboxProperties props,
      Clock clock, List<OutboxRelay.Listener> listeners, MeterRegistry meters) {
    return new OutboxRelay(mongo, kafka, props, clock, listeners, meters);
  }
}
