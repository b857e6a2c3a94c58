package org.xinqiao.records.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.xinqiao.records.access.AccessPolicy;
import org.xinqiao.records.assessment.Scorer;
import org.xinqiao.records.assessment.ScoringBands;
import org.xinqiao.records.consent.ConsentCatalogue;
import org.xinqiao.records.crypto.ConfiguredMasterKey;
import org.xinqiao.records.crypto.FieldCipher;
import org.xinqiao.records.crypto.KeyProvider;

/** Wires the plain-Java rules (policy, scorer, catalogue, cipher) to their configuration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RecordsProperties.class)
@EnableScheduling
class RecordsConfig {

  /** A fixed development key: anyone with the source can read data encrypted under it. */
  static final String DEV_MASTER_KEY = "eGlucWlhby1kZXYtbWFzdGVyLWtleS0zMi1ieXRlcyE=";

  private static final Logger log = LoggerFactory.getLogger(RecordsConfig.class);

  @Bean
  KeyProvider keyProvider(RecordsProperties props) {
    if (props.masterKey() == null || props.masterKey().isBlank()) {
      log.warn("xinqiao.records.master-key is not set: using the DEVELOPMENT master key; never run production like this");
      return new ConfiguredMasterKey(DEV_MASTER_KEY);
    }
    return new ConfiguredMasterKey(props.masterKey());
  }

  @Bean
  FieldCipher fieldCipher(KeyProvider keys) {
    return new FieldCipher(keys);
  }

  @Bean
  ScoringBands scoringBands(RecordsProperties props) {
    return props.scoring() == null || props.scoring().isEmpty() ? ScoringBands.defaults() : new ScoringBands(props.scoring());
  }

  @Bean
  Scorer scorer(ScoringBands bands) {
    return new Scorer(bands);
  }

  @Bean
  ConsentCatalogue consentCatalogue() {
    return ConsentCatalogue.standard();
  }

  @Bean
  AccessPolicy accessPolicy() {
    return new AccessPolicy();
  }
}
