package org.xinqiao.e2e.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinqiao.e2e.deploy.DeployFiles.XQ_NAMES;
import static org.xinqiao.e2e.deploy.DeployFiles.fields;
import static org.xinqiao.e2e.deploy.DeployFiles.moduleOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml: valid Compose, the production rules of STYLE.md §9 (pinned images, a health check on
 * every container, depends_on service_healthy, memory limits, Mongo replica set, Kafka KRaft, Keycloak
 * importing the realm), and in step with ./xq (ports, environment names, database names).
 */
class ComposeFileTest {

  private static JsonNode compose;
  private static Map<String, JsonNode> services;

  @BeforeAll
  static void load() {
    compose = DeployFiles.yaml(DeployFiles.path("docker-compose.yml"));
    services = fields(compose.get("services"));
  }

  private static Set<ValidationMessage> validate(JsonNode schemaNode, JsonNode document) {
    ObjectNode schema = schemaNode.deepCopy();
    // the official file has named several drafts over time (older copies: draft 2019-09 with a draft-04 style
    // "id") and a relative id ("compose_spec.json"); its references are all local (#/definitions/...), and
    // the keywords it uses mean the same in draft-07
    schema.remove(List.of("$schema", "$id"));
    dropLegacyIds(schema);
    // "format" is an annotation in draft-07; Compose's "duration" format means Go durations ("10s"), not ISO 8601
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(false).build();
    JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema, config);
    return s.validate(document);
  }

  /** Draft-04 style {@code "id": "#/definitions/x"} keywords, unknown to draft-07 validators (a property named id is an object). */
  private static void dropLegacyIds(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.path("id").isTextual()) {
        object.remove("id");
      }
      object.forEach(ComposeFileTest::dropLegacyIds);
    } else if (node.isArray()) {
      node.forEach(ComposeFileTest::dropLegacyIds);
    }
  }

  @Test
  void matchesTheComposeSchema() {
    Set<ValidationMessage> errors = validate(DeployFiles.jsonResource("/deploy/compose-subset.schema.json"), compose);
    assertThat(errors).as("docker-compose.yml against compose-subset.schema.json").isEmpty();
  }

  /**
   * The official Compose Specification schema (compose-spec/compose-spec, schema/compose-spec.json) is not
   * kept in this repository; point -Dxinqiao.compose.spec at a copy, or put one at
   * src/test/resources/deploy/compose-spec.json, and the file is checked against it too.
   */
  @Test
  void matchesTheOfficialComposeSpecificationWhenAvailable() throws Exception {
    String configured = System.getProperty("xinqiao.compose.spec", "");
    JsonNode official;
    if (!configured.isBlank()) {
      official = DeployFiles.json(Path.of(configured));
    } else if (ComposeFileTest.class.getResource("/deploy/compose-spec.json") != null) {
      official = DeployFiles.jsonResource("/deploy/compose-spec.json");
    } else {
      Assumptions.abort("official compose-spec.json not available (-Dxinqiao.compose.spec=<file>)");
      return;
    }
    assertThat(validate(official, compose)).as("docker-compose.yml against the Compose Specification").isEmpty();
  }

  @Test
  void runsTheWholeNetwork() {
    assertThat(services).containsKeys("mongo", "kafka", "keycloak", "prometheus", "grafana", "gateway",
        "matching-service", "booking-service", "crisis-service", "records-service");
  }

  @Test
  void everyContainerHasAHealthCheck() {
    services.forEach((name, s) -> {
      JsonNode hc = s.get("healthcheck");
      assertThat(hc).as(name + " healthcheck").isNotNull();
      assertThat(hc.path("disable").asBoolean(false)).as(name + " healthcheck disabled").isFalse();
      assertThat(hc.path("test").isMissingNode()).as(name + " healthcheck test").isFalse();
      for (String key : List.of("interval", "timeout", "retries")) {
        assertThat(hc.has(key)).as(name + " healthcheck " + key).isTrue();
      }
    });
  }

  @Test
  void imagesArePinned() {
    services.forEach((name, s) -> {
      String image = s.path("image").asText("");
      assertThat(image).as(name + " image (built services too: the tag names what was built)").isNotEmpty();
      String afterRepository = image.substring(image.lastIndexOf('/') + 1);
      boolean digest = image.contains("@sha256:");
      assertThat(digest || afterRepository.contains(":")).as(name + " image " + image + " has a tag").isTrue();
      String tag = afterRepository.substring(afterRepository.indexOf(':') + 1);
      assertThat(tag).as(name + " image tag").isNotEqualTo("latest").matches("[A-Za-z0-9._-]*\\d[A-Za-z0-9._-]*");
    });
    assertThat(services.get("mongo").get("image").asText()).as("MongoDB 7.0.x").matches("mongo:7\\.0\\.\\d+");
    assertThat(services.get("kafka").get("image").asText()).isEqualTo("apache/kafka:4.1.2");
    assertThat(services.get("keycloak").get("image").asText()).isEqualTo("quay.io/keycloak/keycloak:26.5.6");
  }

  @Test
  void everyContainerHasAMemoryLimitAndARestartPolicy() {
    services.forEach((name, s) -> {
      boolean limited = s.has("mem_limit") || s.at("/deploy/resources/limits/memory").isTextual();
      assertThat(limited).as(name + " memory limit (mem_limit or deploy.resources.limits.memory)").isTrue();
      assertThat(s.path("restart").asText("no")).as(name + " restart").isIn("unless-stopped", "always", "on-failure");
    });
  }

  @Test
  void dependenciesWaitUntilHealthy() {
    services.forEach((name, s) -> {
      for (Map.Entry<String, JsonNode> dep : fields(s.get("depends_on")).entrySet()) {
        assertThat(services).as(name + " depends on an existing service").containsKey(dep.getKey());
        assertThat(dep.getValue().path("condition").asText())
            .as(name + " → " + dep.getKey() + " condition").isEqualTo("service_healthy");
      }
      if (s.has("depends_on")) {
        assertThat(s.get("depends_on").isObject()).as(name + " depends_on with conditions, not a bare list").isTrue();
      }
    });
    for (String xq : XQ_NAMES) {
      Set<String> deps = fields(services.get(moduleOf(xq)).get("depends_on")).keySet();
      assertThat(deps).as(moduleOf(xq) + " waits for Keycloak").contains("keycloak");
      if (!xq.equals("gateway")) {
        assertThat(deps).as(moduleOf(xq) + " waits for its infrastructure").contains("mongo", "kafka");
      }
    }
    assertThat(fields(services.get("gateway").get("depends_on")).keySet())
        .contains("matching-service", "booking-service", "crisis-service", "records-service");
  }

  @Test
  void namedVolumesAreDeclared() {
    Set<String> declared = fields(compose.get("volumes")).keySet();
    services.forEach((name, s) -> s.path("volumes").forEach(v -> {
      String source = v.asText().split(":")[0];
      if (!source.startsWith(".") && !source.startsWith("/")) {
        assertThat(declared).as(name + " uses named volume " + source).contains(source);
      }
    }));
    assertThat(services.get("mongo").path("volumes").toString()).contains("/data/db");
    assertThat(services.get("kafka").path("volumes").toString()).contains("/var/lib/kafka/data");
  }

  @Test
  void bindMountsPointAtFilesInTheRepository() {
    services.forEach((name, s) -> s.path("volumes").forEach(v -> {
      String source = v.asText().split(":")[0];
      if (source.startsWith("./")) {
        assertThat(DeployFiles.root().resolve(source)).as(name + " mounts " + source).exists();
      }
    }));
  }

  @Test
  void infrastructureHasTheProductionShape() {
    JsonNode mongo = services.get("mongo");
    assertThat(mongo.get("command").toString()).contains("--replSet").contains("rs0");
    assertThat(mongo.at("/healthcheck/test").toString()).contains("rs.initiate").contains("rs.status");

    Map<String, JsonNode> kafkaEnv = fields(services.get("kafka").get("environment"));
    assertThat(kafkaEnv.get("KAFKA_PROCESS_ROLES").asText()).isEqualTo("broker,controller");
    assertThat(kafkaEnv).containsKeys("KAFKA_CONTROLLER_QUORUM_VOTERS", "KAFKA_CONTROLLER_LISTENER_NAMES", "CLUSTER_ID");
    assertThat(kafkaEnv.get("KAFKA_ADVERTISED_LISTENERS").asText()).contains("kafka:9092");

    JsonNode keycloak = services.get("keycloak");
    assertThat(keycloak.get("command").toString()).contains("start-dev").contains("--import-realm")
        .contains("--hostname=http://localhost:8180");
    assertThat(keycloak.get("volumes").toString())
        .contains("./deploy/keycloak/xinqiao-realm.json:/opt/keycloak/data/import/");

    assertThat(services.get("prometheus").get("volumes").toString()).contains("./deploy/prometheus:/etc/prometheus");
    assertThat(services.get("grafana").get("volumes").toString()).contains("./deploy/grafana/provisioning:/etc/grafana/provisioning")
        .contains("./deploy/grafana/dashboards:/etc/grafana/dashboards");
  }

  /**
   * Images are built from the jars Maven leaves in each module's target/ (./mvnw -DskipTests package first):
   * the build context is the module folder, and every COPY in its Dockerfile reads from there.
   */
  @Test
  void servicesAreBuiltFromTheirModuleDockerfiles() {
    for (String xq : XQ_NAMES) {
      String module = moduleOf(xq);
      JsonNode build = services.get(module).get("build");
      assertThat(build.path("context").asText()).as(module + " build context").isEqualTo("./" + module);
      assertThat(build.path("dockerfile").asText("Dockerfile")).as(module + " Dockerfile").isEqualTo("Dockerfile");
      assertThat(services.get(module).path("image").asText()).startsWith("xinqiao/" + module + ":");
      Path dockerfile = DeployFiles.root().resolve(module).resolve("Dockerfile");
      if (Files.exists(dockerfile)) {
        Matcher copy = Pattern.compile("(?m)^COPY\\s+(?!--from)(?:--\\S+\\s+)*(\\S+)\\s+\\S+\\s*$").matcher(DeployFiles.read(dockerfile));
        int copies = 0;
        while (copy.find()) {
          copies++;
          assertThat(copy.group(1)).as(module + "/Dockerfile copies the jar from the module's target/ (context = module)")
              .startsWith("target/" + module + "-");
        }
        assertThat(copies).as(module + "/Dockerfile COPY lines").isPositive();
      }
    }
  }

  @Test
  void everySecretDefaultIsMarkedDevOnly() {
    String[] lines = DeployFiles.read(DeployFiles.path("docker-compose.yml")).split("\n");
    Pattern secretDefault = Pattern.compile("\\$\\{(\\w*(?:PASSWORD|SECRET|KEY)\\w*):-[^}]+}");
    int found = 0;
    for (int i = 0; i < lines.length; i++) {
      Matcher m = secretDefault.matcher(lines[i]);
      if (m.find()) {
        found++;
        String context = String.join("\n", List.of(lines).subList(Math.max(0, i - 2), i + 1));
        assertThat(context).as(m.group(1) + " default (line " + (i + 1) + ") is marked DEV-ONLY").contains("DEV-ONLY");
      }
    }
    assertThat(found).as("secret defaults found").isGreaterThanOrEqualTo(3);
  }

  // ---------------------------------------------------------------- in step with ./xq

  /** ./xq's ports: SERVICE_PORT=([matching]=8081 ...) and KC_PORT=${XQ_KEYCLOAK_PORT:-8180}. */
  static Map<String, Integer> xqPorts() {
    String xq = DeployFiles.read(DeployFiles.path("xq"));
    Map<String, Integer> ports = new HashMap<>();
    Matcher decl = Pattern.compile("declare -A SERVICE_PORT=\\(([^)]*)\\)").matcher(xq);
    assertThat(decl.find()).as("./xq declares SERVICE_PORT").isTrue();
    Matcher entry = Pattern.compile("\\[(\\w+)]=(\\d+)").matcher(decl.group(1));
    while (entry.find()) {
      ports.put(entry.group(1), Integer.parseInt(entry.group(2)));
    }
    Matcher kc = Pattern.compile("(?m)^KC_PORT=\\$\\{XQ_KEYCLOAK_PORT:-(\\d+)}").matcher(xq);
    assertThat(kc.find()).as("./xq sets KC_PORT").isTrue();
    ports.put("keycloak", Integer.parseInt(kc.group(1)));
    return ports;
  }

  /** The environment names ./xq's start_service passes to every service. */
  static Set<String> xqServiceEnvNames() {
    String xq = DeployFiles.read(DeployFiles.path("xq"));
    int start = xq.indexOf("start_service()");
    assertThat(start).as("./xq has start_service()").isGreaterThanOrEqualTo(0);
    String body = xq.substring(start, xq.indexOf("\n}", start));
    Set<String> names = new LinkedHashSet<>();
    Matcher m = Pattern.compile("(?m)^\\s*([A-Z][A-Z0-9_]*)=\\S.*\\\\$").matcher(body);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** host → container ports of a compose service. */
  private static Map<Integer, Integer> ports(JsonNode service) {
    Map<Integer, Integer> out = new LinkedHashMap<>();
    service.path("ports").forEach(p -> {
      String[] parts = p.asText().replaceFirst("/(tcp|udp)$", "").split(":");
      out.put(Integer.parseInt(parts[parts.length - 2]), Integer.parseInt(parts[parts.length - 1]));
    });
    return out;
  }

  @Test
  void portsAreTheOnesXqUses() {
    Map<String, Integer> xq = xqPorts();
    assertThat(xq).containsKeys(XQ_NAMES.toArray(String[]::new));
    for (String name : XQ_NAMES) {
      assertThat(ports(services.get(moduleOf(name))).keySet()).as(moduleOf(name) + " host port = ./xq")
          .containsExactly(xq.get(name));
    }
    assertThat(ports(services.get("keycloak")).keySet()).as("keycloak host port = ./xq").containsExactly(xq.get("keycloak"));
    assertThat(ports(services.get("prometheus")).keySet()).containsExactly(9090);
    assertThat(ports(services.get("grafana")).keySet()).containsExactly(3000);
  }

  @Test
  void containerPortsAreTheOnesTheServicesListenOn() {
    for (String name : XQ_NAMES) {
      String module = moduleOf(name);
      Path config = DeployFiles.root().resolve(module + "/src/main/resources/application.yml");
      Assumptions.assumeTrue(Files.exists(config), module + " application.yml");
      String port = DeployFiles.yaml(config).at("/server/port").asText();
      int listens = Integer.parseInt(port.replaceFirst("^\\$\\{[A-Z_]+:(\\d+)}$", "$1"));
      assertThat(ports(services.get(module)).values()).as(module + " container port = server.port").containsExactly(listens);
      String healthcheck = services.get(module).at("/healthcheck/test").toString();
      assertThat(healthcheck).as(module + " health check port").containsAnyOf("localhost:" + listens + "/", "/dev/tcp/127.0.0.1/" + listens + " ");
      assertThat(healthcheck).as(module + " health check endpoint").contains("/actuator/health/readiness");
    }
  }

  @Test
  void servicesGetTheEnvironmentXqGives() {
    Set<String> xqNames = xqServiceEnvNames();
    // the XQ_* names are the services' own configuration; MANAGEMENT_HEALTH_MONGODB_ENABLED=false is only for
    // ./xq's embedded MongoDB wire server, whose health command a real MongoDB answers
    List<String> required = new ArrayList<>(xqNames.stream().filter(n -> n.startsWith("XQ_")).toList());
    assertThat(required).as("./xq passes").contains("XQ_MONGO_URI", "XQ_KAFKA_BOOTSTRAP", "XQ_ISSUER_URI");
    for (String name : XQ_NAMES) {
      Map<String, JsonNode> env = fields(services.get(moduleOf(name)).get("environment"));
      List<String> expected = name.equals("gateway")
          ? required.stream().filter(n -> !n.equals("XQ_MONGO_URI") && !n.equals("XQ_KAFKA_BOOTSTRAP")).toList()
          : required;
      assertThat(env).as(moduleOf(name) + " environment").containsKeys(expected.toArray(String[]::new));
      assertThat(env).as(moduleOf(name) + " environment").containsKeys("XQ_JWK_SET_URI", "XQ_BIND_ADDRESS");
      assertThat(env.get("XQ_BIND_ADDRESS").asText()).isEqualTo("0.0.0.0");
      assertThat(env.get("XQ_ISSUER_URI").asText()).as("the issuer tokens carry")
          .isEqualTo("http://localhost:8180/realms/xinqiao");
      assertThat(env.get("XQ_JWK_SET_URI").asText())
          .isEqualTo("http://keycloak:8080/realms/xinqiao/protocol/openid-connect/certs");
      if (!name.equals("gateway")) {
        assertThat(env.get("XQ_MONGO_URI").asText()).as(moduleOf(name) + " database (./xq: /" + name + ")")
            .isEqualTo("mongodb://mongo:27017/" + name + "?replicaSet=rs0");
        assertThat(env.get("XQ_KAFKA_BOOTSTRAP").asText()).isEqualTo("kafka:9092");
      }
    }
  }

  @Test
  void theGatewayReachesTheServicesAndValidatesTheSameIssuer() {
    Map<String, JsonNode> env = fields(services.get("gateway").get("environment"));
    Map<String, Integer> xq = xqPorts();
    for (String name : List.of("matching", "booking", "crisis", "records")) {
      assertThat(env.get("XINQIAO_GATEWAY_SERVICES_" + name.toUpperCase() + "_URI").asText())
          .isEqualTo("http://" + name + "-service:" + xq.get(name));
    }
    assertThat(env.get("KEYCLOAK_ISSUER_URI").asText()).isEqualTo(env.get("XQ_ISSUER_URI").asText());
    assertThat(env.get("KEYCLOAK_JWK_SET_URI").asText()).isEqualTo(env.get("XQ_JWK_SET_URI").asText());
    assertThat(env.get("SPRING_CLOUD_GATEWAY_SERVER_WEBFLUX_METRICS_ENABLED").asText()).isEqualTo("true");
    String keycloakHostname = services.get("keycloak").get("command").toString()
        .replaceFirst(".*--hostname=([^\",]+).*", "$1");
    assertThat(env.get("XQ_ISSUER_URI").asText()).as("issuer = Keycloak's fixed hostname + realm")
        .isEqualTo(keycloakHostname + "/realms/xinqiao");
  }
}
