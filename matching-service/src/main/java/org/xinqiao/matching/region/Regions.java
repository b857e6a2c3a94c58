package org.xinqiao.matching.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The province-level reference data shipped with the service ({@code regions/provinces.csv}). */
public final class Regions {

  public static final String RESOURCE = "/regions/provinces.csv";

  private final Map<String, Province> byCode;

  Regions(Collection<Province> provinces) {
    Map<String, Province> map = new LinkedHashMap<>();
    for (Province p : provinces) {
      if (map.put(p.code(), p) != null) {
        throw new IllegalArgumentException("duplicate province " + p.code());
      }
    }
    this.byCode = Map.copyOf(map);
    this.ordered = provinces.stream().toList();
  }

  private final java.util.List<Province> ordered;

  /** The shipped reference data. */
  public static Regions load() {
    try (InputStream in = Regions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Regions parse(BufferedReader reader) throws IOException {
    java.util.List<Province> provinces = new java.util.ArrayList<>();
    String line;
    boolean header = true;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] f = line.split(",", -1);
      if (f.length != 6) {
        throw new IllegalStateException("bad reference data line: " + line);
      }
      Set<String> neighbours = f[5].isBlank() ? Set.of()
          : Arrays.stream(f[5].split(";")).map(String::trim).collect(Collectors.toSet());
      provinces.add(new Province(f[0].trim(), f[1].trim(), f[2].trim(), MacroArea.valueOf(f[3].trim()),
          Long.parseLong(f[4].trim()), neighbours));
    }
    return new Regions(provinces);
  }

  public java.util.List<Province> all() {
    return ordered;
  }

  public Optional<Province> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  /** The province, or {@link UnknownProvince}. */
  public Province get(String code) {
    return find(code).orElseThrow(() -> new UnknownProvince(code));
  }

  public boolean exists(String code) {
    return code != null && byCode.containsKey(code);
  }

  /** Neighbours by land border. */
  public boolean neighbours(String a, String b) {
    Province p = byCode.get(a);
    return p != null && p.neighbours().contains(b);
  }

  public boolean sameMacroArea(String a, String b) {
    Province p = byCode.get(a);
    Province q = byCode.get(b);
    return p != null && q != null && p.macroArea() == q.macroArea();
  }
}
