package org.xinqiao.matching.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.xinqiao.matching.match.MatchIndex;
import org.xinqiao.matching.match.Matcher;
import org.xinqiao.matching.region.Regions;

/** The reference data, the index and the matcher as beans. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(MatchingProperties.class)
class MatchingConfig {

  @Bean
  Regions regions() {
    return Regions.load();
  }

  @Bean
  MatchIndex matchIndex() {
    return new MatchIndex();
  }

  @Bean
  Matcher matcher(MatchingProperties properties, Regions regions) {
    return new Matcher(properties.rules(), regions);
  }
}
