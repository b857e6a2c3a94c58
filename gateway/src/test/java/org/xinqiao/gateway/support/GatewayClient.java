package org.xinqiao.gateway.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Calls the gateway the way a partner app does: plain HTTP, headers and bodies visible. */
public final class GatewayClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5))
      .version(HttpClient.Version.HTTP_1_1)
      .build();

  private final String baseUrl;

  public GatewayClient(int port) {
    this.baseUrl = "http://127.0.0.1:" + port;
  }

  /** An answer of the gateway. */
  public record Response(int status, HttpHeaders headers, String body) {

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    public Map<String, Object> json() {
      return JSON.readValue(body, new TypeReference<Map<String, Object>>() {});
    }
  }

  /** A request being put together. */
  public final class Call {
    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
    private Duration timeout = Duration.ofSeconds(30);

    private Call(String method, String path) {
      this.method = method;
      this.path = path;
    }

    public Call bearer(String token) {
      return header("Authorization", "Bearer " + token);
    }

    public Call header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    /** How long to wait for the answer (default 30 s). */
    public Call timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    public Call json(String json) {
      header("Content-Type", "application/json");
      body = HttpRequest.BodyPublishers.ofString(json);
      return this;
    }

    /** A body of the given size with a Content-Length. */
    public Call bytes(int size) {
      header("Content-Type", "application/json");
      body = HttpRequest.BodyPublishers.ofByteArray(new byte[size]);
      return this;
    }

    /** A body of the given size sent chunked, without a Content-Length. */
    public Call chunked(int size) {
      header("Content-Type", "application/json");
      body = HttpRequest.BodyPublishers.ofInputStream(
          () -> new ByteArrayInputStream(new byte[size]));
      return this;
    }

    public Response send() {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
          .timeout(timeout)
          .method(method, body);
      headers.forEach(request::header);
      try {
        HttpResponse<String> response =
            HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(response.statusCode(), response.headers(), response.body());
      } catch (IOException e) {
        throw new UncheckedIOException(method + " " + path + " failed", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  public Call get(String path) {
    return new Call("GET", path);
  }

  public Call post(String path) {
    return new Call("POST", path);
  }

  public Call method(String method, String path) {
    return new Call(method, path);
  }
}
