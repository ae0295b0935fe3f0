package dev.kansen.examples.integration.endpoint;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.kansen.json.KansenJson;
import dev.kansen.json.KansenJsonException;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.ValidationReport;
import dev.kansen.validation.Validator;
import dev.kansen.validation.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A minimal HTTP service that validates programme documents, on the JDK's built-in server and
 * bound to 127.0.0.1 only:
 *
 * <ul>
 *   <li>{@code POST /validate} with a programme document: {@code 200} and the validation report as
 *       {@code {"valid": …, "violations": [{"code", "severity", "path", "message"}]}}; {@code 400}
 *       in the same format when the document cannot be read (not JSON, not UTF-8, empty, too deeply
 *       nested, or not a programme); {@code 413} when it is larger than the configured limit.</li>
 *   <li>{@code GET /schema}: the JSON Schema of the wire format, as {@code application/schema+json}.</li>
 *   <li>Any other method on those paths: {@code 405} with an {@code Allow} header; any other path: {@code 404}.</li>
 * </ul>
 *
 * <p>The body is read into memory only up to the limit, so a huge or endless upload costs at most
 * that much; of a refused body at most another MiB is read and discarded, so that ordinary clients
 * see the 413 rather than a reset connection.
 *
 * <p>Slow clients cannot starve it: a client gets {@link EndpointConfig#headerTimeout()} to send its
 * request line and headers and {@link EndpointConfig#bodyTimeout()} to send the body, after which
 * its connection is closed; and each request runs on a virtual thread where the JDK has them (Java
 * 21 and later), or on one of a pool of {@link EndpointConfig#threads()} threads on Java 17 to 20.
 *
 * <pre>{@code
 * try (ValidationEndpoint endpoint = ValidationEndpoint.start(EndpointConfig.onPort(8080))) {
 *   System.out.println("POST programmes to " + endpoint.uri().resolve("/validate"));
 *   endpoint.awaitStop();
 * }
 * }</pre>
 */
public final class ValidationEndpoint implements AutoCloseable {
  /** The IPv4 loopback address, written as a literal so that it is never looked up. */
  private static final String LOOPBACK = "127.0.0.1";
  private static final JsonFactory JSON = new JsonFactory();
  private static final String APPLICATION_JSON = "application/json; charset=utf-8";
  /** The most bytes of a refused body read and discarded before answering 413. */
  private static final long DRAIN_LIMIT = 1024 * 1024;

  private final HttpServer server;
  private final ExecutorService executor;
  private final ReadDeadlines deadlines;
  private final EndpointConfig config;
  private final KansenJson reader = KansenJson.strict();
  private final Validator validator = Validator.standard();
  private final byte[] schema = KansenJson.schema().getBytes(StandardCharsets.UTF_8);
  private final Object stopped = new Object();
  private boolean closed;
  private final AtomicBoolean closing = new AtomicBoolean();

  private ValidationEndpoint(HttpServer server, ExecutorService executor, ReadDeadlines deadlines,
      EndpointConfig config) {
    this.server = server;
    this.executor = executor;
    this.deadlines = deadlines;
    this.config = config;
  }

  /**
   * Starts the service on 127.0.0.1.
   *
   * @param config the port, size limit, thread count and clock
   * @return the running service; {@link #close()} stops it
   * @throws IOException when the port cannot be bound
   */
  public static ValidationEndpoint start(EndpointConfig config) throws IOException {
    return start(config, true);
  }

  /**
   * @param config the configuration
   * @param virtualIfAvailable whether to use virtual threads where the JDK has them, or always the pool
   */
  static ValidationEndpoint start(EndpointConfig config, boolean virtualIfAvailable) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(LOOPBACK, config.port()), 0);
    ExecutorService executor = RequestThreads.create(config.threads(), virtualIfAvailable);
    ReadDeadlines deadlines = new ReadDeadlines(config.headerTimeout(), config.bodyTimeout());
    ValidationEndpoint endpoint = new ValidationEndpoint(server, executor, deadlines, config);
    server.createContext("/", endpoint::handle);
    server.setExecutor(deadlines.guard(executor));
    server.start();
    return endpoint;
  }

  /** @return the port the service listens on */
  public int port() {
    return server.getAddress().getPort();
  }

  /** @return the service's base address, e.g. {@code http://127.0.0.1:8080/} */
  public URI uri() {
    return URI.create("http://" + LOOPBACK + ":" + port() + "/");
  }

  /** @return the socket address the server is bound to */
  InetSocketAddress boundAddress() {
    return server.getAddress();
  }

  /**
   * Blocks until {@link #close()} is called from another thread or a shutdown hook.
   *
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public void awaitStop() throws InterruptedException {
    synchronized (stopped) {
      while (!closed) {
        stopped.wait();
      }
    }
  }

  /**
   * Stops accepting requests, lets running ones finish for up to a second, and frees the port.
   * Calling it again does nothing.
   */
  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
    server.stop(1);
    executor.shutdown();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    deadlines.close();
    synchronized (stopped) {
      closed = true;
      stopped.notifyAll();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    deadlines.headersRead();
    try (exchange) {
      try {
        route(exchange);
      } catch (RuntimeException e) {
        // A bug, not bad input: answer 500 without details if the answer has not begun, and let the
        // JDK server log the exception.
        if (exchange.getResponseCode() == -1) {
          send(exchange, 500, APPLICATION_JSON, error("INTERNAL_ERROR", "The request could not be handled"));
        }
        throw e;
      }
    }
  }

  private void route(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    switch (path) {
      case "/validate" -> {
        if (method.equals("POST")) {
          validate(exchange);
        } else {
          methodNotAllowed(exchange, "POST");
        }
      }
      case "/schema" -> {
        if (method.equals("GET") || method.equals("HEAD")) {
          send(exchange, 200, "application/schema+json", method.equals("HEAD") ? null : schema);
        } else {
          methodNotAllowed(exchange, "GET, HEAD");
        }
      }
      default -> send(exchange, 404, APPLICATION_JSON, error("NOT_FOUND", "No resource at " + path
          + "; POST programmes to /validate, GET the JSON Schema from /schema"));
    }
  }

  private void validate(HttpExchange exchange) throws IOException {
    byte[] body;
    try {
      body = BoundedBody.read(exchange.getRequestBody(), contentLength(exchange), config.maxBodyBytes());
      deadlines.bodyRead();
    } catch (BoundedBody.TooLargeException e) {
      // Let a client that is still sending a moderately large body finish, so that it reads the
      // answer rather than a reset connection; a larger one is cut off and the connection closed.
      OptionalLong announced = contentLength(exchange);
      boolean drained = (announced.isEmpty() || announced.getAsLong() <= DRAIN_LIMIT)
          && BoundedBody.drain(exchange.getRequestBody(), DRAIN_LIMIT);
      if (!drained) {
        exchange.getResponseHeaders().set("Connection", "close");
      }
      send(exchange, 413, APPLICATION_JSON, error("DOCUMENT_TOO_LARGE", e.getMessage()));
      return;
    }
    LocalDate today = LocalDate.now(config.clock());
    ValidationReport report;
    try {
      // one run reports every problem: a document with unusable values is refused with them and
      // with the findings of every rule that cannot depend on them
      report = reader.readValidated(body, validator, ValidationContext.asOf(today)).report();
    } catch (KansenJsonException e) {
      send(exchange, 400, APPLICATION_JSON, report(false, e.violations()));
      return;
    }
    send(exchange, 200, APPLICATION_JSON, report(report.valid(), report.violations()));
  }

  private static OptionalLong contentLength(HttpExchange exchange) {
    String value = exchange.getRequestHeaders().getFirst("Content-Length");
    if (value == null) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(value.trim()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  private static void methodNotAllowed(HttpExchange exchange, String allowed) throws IOException {
    exchange.getResponseHeaders().set("Allow", allowed);
    send(exchange, 405, APPLICATION_JSON, error("METHOD_NOT_ALLOWED",
        exchange.getRequestMethod() + " is not allowed on " + exchange.getRequestURI().getPath() + "; use " + allowed));
  }

  private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    if (body == null) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** {@code {"valid": …, "violations": [{"code", "severity", "path", "message", "position"?}]}} */
  static byte[] report(boolean valid, List<Violation> violations) {
    return json(g -> {
      g.writeStartObject();
      g.writeBooleanField("valid", valid);
      g.writeArrayFieldStart("violations");
      for (Violation v : violations) {
        g.writeStartObject();
        g.writeStringField("code", v.code());
        g.writeStringField("severity", v.severity().name());
        g.writeStringField("path", v.path().toString());
        g.writeStringField("message", v.message());
        if (v.position().isPresent()) {
          g.writeObjectFieldStart("position");
          g.writeNumberField("line", v.position().get().line());
          g.writeNumberField("column", v.position().get().column());
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  /** {@code {"code": …, "message": …}} for answers that are not about a document's content. */
  static byte[] error(String code, String message) {
    return json(g -> {
      g.writeStartObject();
      g.writeStringField("code", code);
      g.writeStringField("message", message);
      g.writeEndObject();
    });
  }

  private interface JsonContent {
    void writeTo(JsonGenerator generator) throws IOException;
  }

  private static byte[] json(JsonContent content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      content.writeTo(generator);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to memory cannot fail", e);
    }
    return out.toByteArray();
  }
}
