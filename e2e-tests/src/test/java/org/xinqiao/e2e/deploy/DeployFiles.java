package org.xinqiao.e2e.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The repository's deployment files, read as a test needs them (YAML and JSON as Jackson trees). */
final class DeployFiles {

  static final ObjectMapper JSON = new ObjectMapper();

  /** The five network services, as ./xq names them, with their compose service and module names. */
  static final List<String> XQ_NAMES = List.of("gateway", "matching", "booking", "crisis", "records");

  private DeployFiles() {
  }

  static String moduleOf(String xqName) {
    return xqName.equals("gateway") ? "gateway" : xqName + "-service";
  }

  /** The repository root: -Dxinqiao.root (set by the parent pom) or the nearest folder up with ./xq and pom.xml. */
  static Path root() {
    String configured = System.getProperty("xinqiao.root");
    if (configured != null && !configured.isBlank() && Files.isRegularFile(Path.of(configured, "xq"))) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("xq")) && Files.isRegularFile(p.resolve("pom.xml"))) {
        return p;
      }
    }
    throw new IllegalStateException("repository root (with ./xq) not found from " + Path.of("").toAbsolutePath());
  }

  static Path path(String relative) {
    Path p = root().resolve(relative);
    if (!Files.exists(p)) {
      throw new AssertionError(relative + " does not exist");
    }
    return p;
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(200);
    return new Yaml(new SafeConstructor(options));
  }

  /** One YAML document (anchors and merge keys resolved) as a JSON tree. */
  static JsonNode yaml(Path p) {
    List<JsonNode> docs = yamlDocuments(p);
    if (docs.size() != 1) {
      throw new AssertionError(p + " should hold one YAML document, holds " + docs.size());
    }
    return docs.get(0);
  }

  /** Every non-empty document of a (multi-document) YAML file. */
  static List<JsonNode> yamlDocuments(Path p) {
    List<JsonNode> docs = new ArrayList<>();
    for (Object doc : yaml().loadAll(read(p))) {
      if (doc != null) {
        docs.add(JSON.valueToTree(doc));
      }
    }
    return docs;
  }

  static JsonNode json(Path p) {
    try {
      return JSON.readTree(p.toFile());
    } catch (IOException e) {
      throw new AssertionError(p + " is not valid JSON: " + e.getMessage(), e);
    }
  }

  static JsonNode jsonResource(String name) {
    try (InputStream in = Objects.requireNonNull(DeployFiles.class.getResourceAsStream(name), name)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> files(String relativeDir, String... suffixes) {
    try (Stream<Path> s = Files.walk(path(relativeDir))) {
      return s.filter(Files::isRegularFile)
          .filter(f -> Stream.of(suffixes).anyMatch(x -> f.getFileName().toString().endsWith(x)))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The metric names dashboards and rules may use (resources/deploy/metric-names.txt). */
  static Set<String> allowedMetrics() {
    Set<String> names = new LinkedHashSet<>();
    try (InputStream in = Objects.requireNonNull(DeployFiles.class.getResourceAsStream("/deploy/metric-names.txt"))) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String name = line.replaceFirst("#.*", "").trim();
        if (!name.isEmpty()) {
          names.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  /** The names metric-names.txt marks "# assumed": meters no service registers yet. */
  static Set<String> assumedMetrics() {
    Set<String> names = new LinkedHashSet<>();
    try (InputStream in = Objects.requireNonNull(DeployFiles.class.getResourceAsStream("/deploy/metric-names.txt"))) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        Matcher m = Pattern.compile("^\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\\s+#\\s*assumed\\b").matcher(line);
        if (m.find()) {
          names.add(m.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  /** Explicit anchors ({@code <a id="x">}) and GitHub heading slugs of a Markdown file. */
  static Set<String> markdownAnchors(Path p) {
    Set<String> anchors = new LinkedHashSet<>();
    Matcher ids = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"").matcher(read(p));
    while (ids.find()) {
      anchors.add(ids.group(1));
    }
    for (String line : read(p).split("\n")) {
      Matcher h = Pattern.compile("^#{1,6}\\s+(.*)$").matcher(line);
      if (h.matches()) {
        anchors.add(h.group(1).trim().toLowerCase().replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
      }
    }
    return anchors;
  }

  /** Fields of an object node as a map (empty for a missing node). */
  static Map<String, JsonNode> fields(JsonNode node) {
    Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
    if (node != null && node.isObject()) {
      node.properties().forEach(e -> out.put(e.getKey(), e.getValue()));
    }
    return out;
  }
}
