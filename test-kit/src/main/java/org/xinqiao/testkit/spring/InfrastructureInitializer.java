package org.xinqiao.testkit.spring;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.xinqiao.testkit.jwt.TestJwtIssuer;
import org.xinqiao.testkit.kafka.KafkaBroker;
import org.xinqiao.testkit.mongo.MongoStore;

/**
 * Points a Spring context at the shared real infrastructure of this JVM: the Kafka broker, a fresh
 * database on the MongoDB endpoint (one per context, so test classes do not see each other's
 * data) and the test token issuer's key set.
 */
public class InfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    Map<String, Object> props = new HashMap<>();
    MongoStore mongo = MongoStore.shared();
    String database = "xq_" + UUID.randomUUID().toString().substring(0, 8);
    props.put("spring.mongodb.uri", mongo.uri(database));
    props.put("spring.mongodb.database", database);
    if (mongo.wireServer()) {
      props.put("management.health.mongodb.enabled", "false");
    }
    props.put("spring.kafka.bootstrap-servers", KafkaBroker.shared().bootstrapServers());
    identity(props);
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("xinqiao-test-infrastructure", props));
  }

  /** Which issuer the services trust; the test issuer by default. */
  protected void identity(Map<String, Object> props) {
    TestJwtIssuer issuer = TestJwtIssuer.shared();
    props.put("xinqiao.security.issuer-uri", issuer.issuerUri());
    props.put("xinqiao.security.jwk-set-uri", issuer.jwksUri());
  }
}
