package org.xinqiao.booking.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the claim sweeper's schedule. */
@Configuration
@EnableScheduling
class SchedulingConfig {}
