package dev.kansen.examples.integration.endpoint;

import java.time.Clock;
import java.util.Objects;

/**
 * How the validation endpoint runs. It always binds to the loopback address 127.0.0.1: it is
 * meant to sit next to an application on the same machine (or behind a reverse proxy that adds
 * TLS and authentication), never to face a network on its own.
 *
 * @param port the TCP port; 0 picks a free one
 * @param maxBodyBytes the largest programme document accepted, in bytes
 * @param threads how many requests are handled at once
 * @param clock the clock that gives the date programmes are validated as of
 */
public record EndpointConfig(int port, long maxBodyBytes, int threads, Clock clock) {
  /** The default size limit: 4 MiB, far above any real programme document. */
  public static final long DEFAULT_MAX_BODY_BYTES = 4L * 1024 * 1024;

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException when the port is outside 0..65535, or the limit or thread count is not positive
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
    Objects.requireNonNull(clock, "clock");
  }

  /**
   * @param port the port; 0 picks a free one
   * @return a configuration with the default limit, two threads and the system clock
   */
  public static EndpointConfig onPort(int port) {
    return new EndpointConfig(port, DEFAULT_MAX_BODY_BYTES, 2, Clock.systemDefaultZone());
  }

  /**
   * @param bytes the largest document accepted
   * @return this configuration with that limit
   */
  public EndpointConfig withMaxBodyBytes(long bytes) {
    return new EndpointConfig(port, bytes, threads, clock);
  }

  /**
   * @param clock the clock for the validation date
   * @return this configuration with that clock
   */
  public EndpointConfig withClock(Clock clock) {
    return new EndpointConfig(port, maxBodyBytes, threads, clock);
  }
}
