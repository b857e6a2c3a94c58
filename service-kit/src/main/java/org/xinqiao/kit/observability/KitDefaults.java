package org.xinqiao.kit.observability;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The defaults every service shares (actuator exposure, metric tags, Kafka serialisation and
 * reliability settings, JSON logs), added with the lowest precedence so a service's
 * application.yml or the environment can override each one.
 */
public class KitDefaults implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    try {
      environment.getPropertySources().addLast(
          new ResourcePropertySource("xinqiao-kit-defaults", new ClassPathResource("xinqiao-kit-defaults.properties")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
