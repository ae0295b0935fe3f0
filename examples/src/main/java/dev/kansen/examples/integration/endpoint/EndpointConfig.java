package dev.kansen.examples.integration.endpoint;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How the validation endpoint runs. It always binds to the loopback address 127.0.0.1: it is
 * meant to sit next to an application on the same machine (or behind a reverse proxy that adds
 * TLS and authentication), never to face a network on its own.
 *
 * @param port the TCP port; 0 picks a free one
 * @param maxBodyBytes the largest programme document accepted, in bytes
 * @param threads how many requests are handled at once where the JDK has no virtual threads (Java
 *     17 to 20); from Java 21 on each request gets a virtual thread and this is not used
 * @param headerTimeout how long a client may take to send a request's line and headers, counted
 *     from its first byte; then its connection is closed
 * @param bodyTimeout how long a client may take to send a request's body once the headers are in;
 *     then its connection is closed
 * @param clock the clock that gives the date programmes are validated as of
 */
public record EndpointConfig(int port, long maxBodyBytes, int threads, Duration headerTimeout, Duration bodyTimeout,
    Clock clock) {
  /** The default size limit: 4 MiB, far above any real programme document. */
  public static final long DEFAULT_MAX_BODY_BYTES = 4L * 1024 * 1024;
  /** The default number of threads where the JDK has no virtual threads. */
  public static final int DEFAULT_THREADS = 16;
  /** The default header timeout: 10 seconds. */
  public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);
  /** The default body timeout: 30 seconds, enough for 4 MiB over a slow connection. */
  public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(30);

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException when the port is outside 0..65535, or the limit, thread count
   *     or a timeout is not positive
   */
  public EndpointConfig {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535, but was " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, but was " + maxBodyBytes);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be positive, but was " + threads);
    }
    positive("headerTimeout", headerTimeout);
    positive("bodyTimeout", bodyTimeout);
    Objects.requireNonNull(clock, "clock");
  }

  private static void positive(String name, Duration timeout) {
    Objects.requireNonNull(timeout, name);
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, but was " + timeout);
    }
  }

  /**
   * @param port the port; 0 picks a free one
   * @return a configuration with the default limit, threads and timeouts and the system clock
   */
  public static EndpointConfig onPort(int port) {
    return new EndpointConfig(port, DEFAULT_MAX_BODY_BYTES, DEFAULT_THREADS, DEFAULT_HEADER_TIMEOUT,
        DEFAULT_BODY_TIMEOUT, Clock.systemDefaultZone());
  }

  /**
   * @param bytes the largest document accepted
   * @return this configuration with that limit
   */
  public EndpointConfig withMaxBodyBytes(long bytes) {
    return new EndpointConfig(port, bytes, threads, headerTimeout, bodyTimeout, clock);
  }

  /**
   * @param count how many requests are handled at once where the JDK has no virtual threads
   * @return this configuration with that many threads
   */
  public EndpointConfig withThreads(int count) {
    return new EndpointConfig(port, maxBodyBytes, count, headerTimeout, bodyTimeout, clock);
  }

  /**
   * @param header the most time for a request's line and headers
   * @param body the most time for its body
   * @return this configuration with those read timeouts
   */
  public EndpointConfig withTimeouts(Duration header, Duration body) {
    return new EndpointConfig(port, maxBodyBytes, threads, header, body, clock);
  }

  /**
   * @param clock the clock for the validation date
   * @return this configuration with that clock
   */
  public EndpointConfig withClock(Clock clock) {
    return new EndpointConfig(port, maxBodyBytes, threads, headerTimeout, bodyTimeout, clock);
  }
}
