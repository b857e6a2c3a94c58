package org.xinqiao.crisis.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import org.xinqiao.testkit.spring.XinqiaoIntegrationTest;
import org.xinqiao.testkit.support.ShiftableClock;

/**
 * The crisis service on real Kafka, the MongoDB wire server and real tokens, with a clock tests
 * can move forward and a consumer group of its own (so no other context of this JVM takes its
 * records).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@XinqiaoIntegrationTest
@Import(CrisisIntegrationTest.ClockConfig.class)
@TestPropertySource(properties = "spring.kafka.consumer.group-id=crisis-it-${random.uuid}")
public @interface CrisisIntegrationTest {

  @TestConfiguration
  class ClockConfig {
    @Bean
    @Primary
    ShiftableClock shiftableClock() {
      return new ShiftableClock();
    }
  }
}
