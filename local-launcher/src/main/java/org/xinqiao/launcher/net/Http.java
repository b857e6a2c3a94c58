package org.xinqiao.launcher.net;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP for the launcher's seeder and demo, the way a partner app calls the gateway: a
 * 429 is answered by waiting its {@code Retry-After}; a refused connection or a 502/503/504 (a
 * service still warming up behind the gateway) is tried again a few times with a growing pause.
 */
public final class Http {

  public static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final int ATTEMPTS = 8;

  private final String baseUrl;
  private final Map<String, String> headers = new LinkedHashMap<>();

  private Http(String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  public static Http at(String baseUrl) {
    return new Http(baseUrl);
  }

  public Http bearer(String token) {
    return with("Authorization", "Bearer " + token);
  }

  public Http with(String name, String value) {
    Http copy = new Http(baseUrl);
    copy.headers.putAll(headers);
    copy.headers.put(name, value);
    return copy;
  }

  public Response get(String path) {
    return send("GET", path, null);
  }

  public Response post(String path, Object body) {
    return send("POST", path, body == null ? Map.of() : body);
  }

  public Response put(String path, Object body) {
    return send("PUT", path, body);
  }

  /** A form POST (Keycloak's token endpoint). */
  public Response form(String path, String encodedForm) {
    return exchange(HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(encodedForm)));
  }

  public Response send(String method, String path, Object body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path));
    if (body != null) {
      b.header("Content-Type", "application/json");
      b.method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return exchange(b);
  }

  private Response exchange(HttpRequest.Builder b) {
    headers.forEach(b::header);
    HttpRequest request = b.timeout(Duration.ofSeconds(30)).build();
    long pause = 250;
    for (int attempt = 1; ; attempt++) {
      try {
        HttpResponse<byte[]> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        Response response = new Response(r.statusCode(), r.body(), r.headers().firstValue("Retry-After").orElse(null));
        if (r.statusCode() == 429 && attempt < ATTEMPTS * 4) {
          pauseFor(retryAfterMillis(response.retryAfter()));
          continue;
        }
        if ((r.statusCode() == 502 || r.statusCode() == 503 || r.statusCode() == 504) && attempt < ATTEMPTS) {
          pauseFor(pause);
          pause = Math.min(pause * 2, 4000);
          continue;
        }
        return response;
      } catch (IOException e) {
        if (attempt >= ATTEMPTS) {
          throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        }
        pauseFor(pause);
        pause = Math.min(pause * 2, 4000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  static long retryAfterMillis(String header) {
    if (header == null) {
      return 1000;
    }
    try {
      return Math.max(1, Long.parseLong(header.trim())) * 1000;
    } catch (NumberFormatException e) {
      return 1000;
    }
  }

  /** Waiting between attempts is this client's back-off (not a test): the server told us how long. */
  public static void pauseFor(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** What came back. */
  public record Response(int status, byte[] bytes, String retryAfter) {

    public String body() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    public JsonNode json() {
      return bytes.length == 0 ? JSON.nullNode() : JSON.readTree(bytes);
    }

    /** The problem type's code, or null. */
    public String code() {
      try {
        return json().path("code").asString(null);
      } catch (RuntimeException e) {
        return null;
      }
    }

    public boolean ok() {
      return status >= 200 && status < 300;
    }

    @Override
    public String toString() {
      String b = body();
      return status + (b.isEmpty() ? "" : " " + (b.length() > 400 ? b.substring(0, 400) + "…" : b));
    }
  }
}
