package dev.kansen.examples.integration.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Slow clients (slowloris) against the validation endpoint, on 127.0.0.1 only: a few connections
 * that trickle their request a byte at a time must neither hold the server's threads beyond the
 * read timeouts nor keep an ordinary request from being answered. Every slow client sends for at
 * most {@link #SLOW_CLIENT_CAP} and every wait is bounded.
 */
class SlowClientTest {
  /** More slow clients than the pool has threads. */
  private static final int SLOW_CLIENTS = 4;
  private static final Duration SLOW_CLIENT_CAP = Duration.ofSeconds(20);
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** What a slow client sent and saw. */
  private record Trickle(int bytesSent, boolean closedByServer, long millis) {}

  /**
   * Sends {@code head} at once, then {@code trickle} a byte every 100 ms, until the server closes
   * the connection or the cap passes.
   */
  private static Trickle trickle(ValidationEndpoint endpoint, String head, String trickle) throws IOException {
    long start = System.nanoTime();
    long cap = start + SLOW_CLIENT_CAP.toNanos();
    try (Socket socket = new Socket("127.0.0.1", endpoint.port())) {
      socket.setSoTimeout(100);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      byte[] bytes = trickle.getBytes(StandardCharsets.US_ASCII);
      int sent = 0;
      while (System.nanoTime() < cap) {
        out.write(bytes[sent % bytes.length]);
        out.flush();
        sent++;
        try {
          if (in.read() == -1) {
            return new Trickle(sent, true, (System.nanoTime() - start) / 1_000_000);
          }
        } catch (SocketTimeoutException stillOpen) {
          // the server is still waiting for the rest: keep trickling
        }
      }
      return new Trickle(sent, false, (System.nanoTime() - start) / 1_000_000);
    } catch (SocketException reset) {
      return new Trickle(-1, true, (System.nanoTime() - start) / 1_000_000);
    }
  }

  private static int getSchema(ValidationEndpoint endpoint) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(endpoint.uri().resolve("/schema"))
        .timeout(Duration.ofSeconds(10)).GET().build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  private static void slowClientsDoNotStarve(ValidationEndpoint endpoint, String head, String trickle)
      throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(SLOW_CLIENTS);
    try {
      List<Future<Trickle>> slow = new ArrayList<>();
      for (int i = 0; i < SLOW_CLIENTS; i++) {
        slow.add(clients.submit(() -> trickle(endpoint, head, trickle)));
      }
      Thread.sleep(300);

      assertEquals(200, getSchema(endpoint), "an ordinary request is answered while slow clients trickle");
      for (Future<Trickle> future : slow) {
        Trickle result = future.get(SLOW_CLIENT_CAP.toSeconds() + 10, TimeUnit.SECONDS);
        assertTrue(result.closedByServer(), "the server gives up on a slow client: " + result);
        assertTrue(result.millis() < 8_000, "within the timeout and the pool's queue: " + result);
      }
    } finally {
      clients.shutdownNow();
      assertTrue(clients.awaitTermination(SLOW_CLIENT_CAP.toSeconds() + 10, TimeUnit.SECONDS));
    }
  }

  private static final Duration TIMEOUT = Duration.ofSeconds(1);

  /** A pool of two threads, as on Java 17, or a virtual thread per request where the JDK has them. */
  private static ValidationEndpoint start(boolean virtualIfAvailable) throws IOException {
    return ValidationEndpoint.start(EndpointConfig.onPort(0).withThreads(2).withTimeouts(TIMEOUT, TIMEOUT),
        virtualIfAvailable);
  }

  @ParameterizedTest(name = "virtual threads if available: {0}")
  @ValueSource(booleans = {false, true})
  void headersTrickledByteByByteAreCutOffAtTheHeaderTimeout(boolean virtualIfAvailable) throws Exception {
    try (ValidationEndpoint endpoint = start(virtualIfAvailable)) {
      slowClientsDoNotStarve(endpoint, "POST /validate HTTP/1.1\r\n", "X-Slow: aaaaaaaaaaaaaaaaaaaaaaaa\r\n");
    }
  }

  @ParameterizedTest(name = "virtual threads if available: {0}")
  @ValueSource(booleans = {false, true})
  void aBodyTrickledByteByByteIsCutOffAtTheBodyTimeout(boolean virtualIfAvailable) throws Exception {
    try (ValidationEndpoint endpoint = start(virtualIfAvailable)) {
      slowClientsDoNotStarve(endpoint,
          "POST /validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n",
          "[[[[[[[[[[");
    }
  }

  @ParameterizedTest(name = "virtual threads if available: {0}")
  @ValueSource(booleans = {false, true})
  void anUnreadBodyTrickledToAnotherPathIsCutOffToo(boolean virtualIfAvailable) throws Exception {
    try (ValidationEndpoint endpoint = start(virtualIfAvailable)) {
      slowClientsDoNotStarve(endpoint,
          "POST /elsewhere HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 4000\r\n\r\n", "xxxxxxxxxx");
    }
  }

  @Test
  void aPromptClientOnAKeptAliveConnectionIsNotCutOff() throws Exception {
    try (ValidationEndpoint endpoint = start(true)) {
      for (int i = 0; i < 3; i++) {
        assertEquals(200, getSchema(endpoint));
        Thread.sleep(TIMEOUT.toMillis() + 200);
      }
    }
  }
}
