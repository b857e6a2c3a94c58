package org.xinqiao.e2e.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinqiao.e2e.deploy.DeployFiles.XQ_NAMES;
import static org.xinqiao.e2e.deploy.DeployFiles.moduleOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * deploy/k8s: every manifest parses (multi-document YAML), kustomizations name files that exist, and each
 * service has a Deployment with probes, resources and a non-root read-only security context, a Service,
 * an HPA and a PDB.
 */
class KubernetesManifestsTest {

  private record Doc(Path file, JsonNode node) {
    String kind() {
      return node.path("kind").asText();
    }

    String name() {
      return node.at("/metadata/name").asText();
    }
  }

  private static List<Doc> docs(String dir) {
    List<Doc> docs = new ArrayList<>();
    for (Path f : DeployFiles.files(dir, ".yaml", ".yml")) {
      for (JsonNode n : DeployFiles.yamlDocuments(f)) {
        docs.add(new Doc(f, n));
      }
    }
    return docs;
  }

  private static Map<String, Doc> base(String kind) {
    Map<String, Doc> out = new HashMap<>();
    docs("deploy/k8s/base").stream().filter(d -> d.kind().equals(kind)).forEach(d -> out.put(d.name(), d));
    return out;
  }

  @Test
  void everyManifestHasAKindAndANameOrIsAKustomization() {
    for (Doc d : docs("deploy/k8s")) {
      if (d.file().getFileName().toString().equals("kustomization.yaml")) {
        assertThat(d.kind()).as(d.file() + " kind").isEqualTo("Kustomization");
        continue;
      }
      assertThat(d.node().path("apiVersion").asText()).as(d.file() + " apiVersion").isNotBlank();
      assertThat(d.kind()).as(d.file() + " kind").isNotBlank();
      assertThat(d.name()).as(d.file() + " metadata.name").isNotBlank();
    }
  }

  @Test
  void kustomizationsNameFilesThatExist() {
    List<Path> kustomizations = DeployFiles.files("deploy/k8s", "kustomization.yaml");
    assertThat(kustomizations).hasSizeGreaterThanOrEqualTo(2);
    for (Path k : kustomizations) {
      JsonNode node = DeployFiles.yaml(k);
      List<String> referenced = new ArrayList<>();
      node.path("resources").forEach(r -> referenced.add(r.asText()));
      node.path("patches").forEach(p -> {
        if (p.has("path")) {
          referenced.add(p.get("path").asText());
        }
      });
      assertThat(referenced).as(k + " resources").isNotEmpty();
      for (String r : referenced) {
        assertThat(k.getParent().resolve(r).normalize()).as(k + " → " + r).exists();
      }
    }
    Path base = DeployFiles.path("deploy/k8s/base/kustomization.yaml");
    Set<String> listed = new HashSet<>();
    DeployFiles.yaml(base).path("resources").forEach(r -> listed.add(r.asText()));
    for (Path f : DeployFiles.files("deploy/k8s/base", ".yaml")) {
      if (!f.getFileName().toString().equals("kustomization.yaml")) {
        assertThat(listed).as("base/kustomization.yaml lists " + f.getFileName()).contains(f.getFileName().toString());
      }
    }
  }

  @Test
  void everyServiceHasADeploymentServiceHpaAndPdb() {
    Map<String, Integer> ports = ComposeFileTest.xqPorts();
    Map<String, Doc> deployments = base("Deployment");
    Map<String, Doc> services = base("Service");
    Map<String, Doc> hpas = base("HorizontalPodAutoscaler");
    Map<String, Doc> pdbs = base("PodDisruptionBudget");
    for (String xq : XQ_NAMES) {
      String name = moduleOf(xq);
      assertThat(deployments).as("Deployment " + name).containsKey(name);
      assertThat(services).as("Service " + name).containsKey(name);
      assertThat(hpas).as("HPA " + name).containsKey(name);
      assertThat(pdbs).as("PDB " + name).containsKey(name);
      assertThat(services.get(name).node().at("/spec/ports/0/port").asInt()).as(name + " Service port = ./xq")
          .isEqualTo(ports.get(xq));
      JsonNode hpa = hpas.get(name).node();
      assertThat(hpa.at("/spec/scaleTargetRef/name").asText()).isEqualTo(name);
      assertThat(hpa.at("/spec/minReplicas").asInt()).as(name + " HPA min").isGreaterThanOrEqualTo(2);
      assertThat(hpa.at("/spec/metrics/0/resource/name").asText()).as(name + " HPA on CPU").isEqualTo("cpu");
      JsonNode pdb = pdbs.get(name).node();
      assertThat(pdb.at("/spec/selector/matchLabels")).as(name + " PDB selects the pods")
          .isEqualTo(deployments.get(name).node().at("/spec/selector/matchLabels"));
    }
  }

  @Test
  void deploymentsHaveProbesResourcesAndARestrictedSecurityContext() {
    Map<String, Doc> deployments = base("Deployment");
    assertThat(deployments).isNotEmpty();
    for (Doc d : deployments.values()) {
      JsonNode pod = d.node().at("/spec/template/spec");
      assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).as(d.name() + " pod runAsNonRoot").isTrue();
      assertThat(pod.at("/securityContext/runAsUser").asInt()).as(d.name() + " pod runAsUser").isPositive();
      assertThat(pod.at("/securityContext/seccompProfile/type").asText()).isEqualTo("RuntimeDefault");
      assertThat(pod.path("containers").size()).isPositive();
      for (JsonNode c : pod.get("containers")) {
        String where = d.name() + "/" + c.path("name").asText();
        assertThat(c.at("/readinessProbe/httpGet/path").asText()).as(where + " readiness").isEqualTo("/actuator/health/readiness");
        assertThat(c.at("/livenessProbe/httpGet/path").asText()).as(where + " liveness").isEqualTo("/actuator/health/liveness");
        for (String r : List.of("requests", "limits")) {
          for (String kind : List.of("cpu", "memory")) {
            assertThat(c.at("/resources/" + r + "/" + kind).asText()).as(where + " resources." + r + "." + kind).isNotBlank();
          }
        }
        JsonNode sc = c.path("securityContext");
        assertThat(sc.path("readOnlyRootFilesystem").asBoolean()).as(where + " readOnlyRootFilesystem").isTrue();
        assertThat(sc.path("allowPrivilegeEscalation").asBoolean(true)).as(where + " allowPrivilegeEscalation").isFalse();
        assertThat(sc.at("/capabilities/drop").toString()).as(where + " drops capabilities").contains("ALL");
        assertThat(c.path("image").asText()).as(where + " image tag").contains(":").doesNotEndWith(":latest");
        String envFrom = c.path("envFrom").toString();
        assertThat(envFrom).as(where + " config from the ConfigMap").contains("xinqiao-config");
        if (!d.name().equals("gateway")) {
          assertThat(c.path("env").toString()).as(where + " database URI from the Secret")
              .contains("XQ_MONGO_URI").contains("xinqiao-secrets");
        }
      }
    }
  }

  @Test
  void theConfigMapsCarryTheNamesComposeAndXqUse() {
    String base = DeployFiles.read(DeployFiles.path("deploy/k8s/base/kustomization.yaml"));
    for (String name : List.of("XQ_KAFKA_BOOTSTRAP", "XQ_ISSUER_URI", "XQ_JWK_SET_URI", "XQ_BIND_ADDRESS",
        "KEYCLOAK_ISSUER_URI", "KEYCLOAK_JWK_SET_URI", "SPRING_CLOUD_GATEWAY_SERVER_WEBFLUX_METRICS_ENABLED")) {
      assertThat(base).as("base ConfigMaps set " + name).contains("- " + name + "=");
    }
    for (String xq : List.of("matching", "booking", "crisis", "records")) {
      assertThat(base).contains("XINQIAO_GATEWAY_SERVICES_" + xq.toUpperCase() + "_URI=http://" + xq + "-service:"
          + ComposeFileTest.xqPorts().get(xq));
    }
  }
}
