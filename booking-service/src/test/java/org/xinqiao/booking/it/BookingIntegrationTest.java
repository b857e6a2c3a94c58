package org.xinqiao.booking.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.xinqiao.testkit.spring.XinqiaoIntegrationTest;

/** The whole booking service on real infrastructure, with the forward-only {@link TestClock}; one shared context. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@XinqiaoIntegrationTest
@Import(TestClock.Config.class)
public @interface BookingIntegrationTest {}
