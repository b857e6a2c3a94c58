package org.xinqiao.testkit.http;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * A plain HTTP client for tests that call a running service or the gateway the way a partner app
 * would: JSON in, JSON or problem+json out, headers visible.
 */
public final class Api {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String baseUrl;
  private final Map<String, String> headers = new LinkedHashMap<>();

  private Api(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public static Api at(String baseUrl) {
    return new Api(baseUrl);
  }

  public static Api local(int port) {
    return new Api("http://127.0.0.1:" + port);
  }

  /** A copy that sends this bearer token. */
  public Api as(String token) {
    return with("Authorization", "Bearer " + token);
  }

  /** A copy that sends this header too. */
  public Api with(String name, String value) {
    Api copy = new Api(baseUrl);
    copy.headers.putAll(headers);
    copy.headers.put(name, value);
    return copy;
  }

  public Response get(String path) {
    return send("GET", path, null, null);
  }

  public Response delete(String path) {
    return send("DELETE", path, null, null);
  }

  public Response post(String path, Object body) {
    return send("POST", path, body, "application/json");
  }

  public Response put(String path, Object body) {
    return send("PUT", path, body, "application/json");
  }

  /** Sends a body as given (a String is sent verbatim), with the given content type. */
  public Response send(String method, String path, Object body, String contentType) {
    HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(body instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
            : body instanceof byte[] b ? b : JSON.writeValueAsBytes(body));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(30))
        .method(method, publisher);
    if (contentType != null && body != null) {
      request.header("Content-Type", contentType);
    }
    headers.forEach(request::header);
    try {
      HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Response(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** What came back. */
  public record Response(int status, Map<String, java.util.List<String>> headers, byte[] bytes) {

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .findFirst()
          .map(e -> e.getValue().get(0))
          .orElse(null);
    }

    public String body() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    public JsonNode json() {
      return JSON.readTree(bytes);
    }

    public String contentType() {
      return header("Content-Type");
    }

    public boolean isProblem() {
      String ct = contentType();
      return ct != null && ct.startsWith("application/problem+json");
    }

    @Override
    public String toString() {
      return status + " " + body();
    }
  }
}
