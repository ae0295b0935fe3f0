package dev.kansen.examples.integration.endpoint;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Read timeouts for the JDK's HTTP server, which has none of its own that can be set per server.
 *
 * <p>The server reads a request's line and headers on the thread that then runs the handler, from
 * a blocking {@code SocketChannel}. That channel is interruptible: interrupting the thread closes
 * it. So each request runs under a deadline: from the moment its thread starts reading until the
 * handler begins, the header timeout; from then until the handler has read the body
 * ({@link #bodyRead()}), the body timeout. A request that misses its deadline has its connection
 * closed, which frees its thread. For a request whose handler never calls {@link #bodyRead()}, the
 * body timeout runs until the handler returns, so that it also bounds the server's draining of an
 * unread body.
 */
final class ReadDeadlines implements AutoCloseable {
  private final Duration headerTimeout;
  private final Duration bodyTimeout;
  private final ScheduledThreadPoolExecutor timer;
  private final ThreadLocal<Deadline> current = new ThreadLocal<>();

  ReadDeadlines(Duration headerTimeout, Duration bodyTimeout) {
    this.headerTimeout = headerTimeout;
    this.bodyTimeout = bodyTimeout;
    this.timer = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "validation-endpoint-read-timeouts");
      thread.setDaemon(true);
      return thread;
    });
    timer.setRemoveOnCancelPolicy(true);
  }

  /**
   * @param requests the executor the server hands each connection's work to
   * @return an executor that runs each of those tasks under a header deadline
   */
  Executor guard(Executor requests) {
    return task -> requests.execute(() -> {
      Deadline deadline = new Deadline(Thread.currentThread());
      current.set(deadline);
      deadline.arm(headerTimeout);
      try {
        task.run();
      } finally {
        deadline.disarm();
        current.remove();
        // An interrupt that arrived after the channel was closed must not reach the next task.
        Thread.interrupted();
      }
    });
  }

  /** Called when the handler starts: the headers are in, the body timeout starts. */
  void headersRead() {
    Deadline deadline = current.get();
    if (deadline != null) {
      deadline.arm(bodyTimeout);
    }
  }

  /** Called when the handler has the whole body: no more read deadline for this request. */
  void bodyRead() {
    Deadline deadline = current.get();
    if (deadline != null) {
      deadline.disarm();
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }

  /** One request's deadline. */
  private final class Deadline {
    private final Thread thread;
    private ScheduledFuture<?> expiry;
    /** Counts arms, so that a timer task of an earlier arm that fires late interrupts nothing. */
    private long generation;

    Deadline(Thread thread) {
      this.thread = thread;
    }

    synchronized void arm(Duration timeout) {
      disarm();
      long armed = generation;
      expiry = timer.schedule(() -> expire(armed), timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    synchronized void disarm() {
      generation++;
      if (expiry != null) {
        expiry.cancel(false);
        expiry = null;
      }
    }

    private synchronized void expire(long armed) {
      if (armed == generation && expiry != null) {
        expiry = null;
        thread.interrupt();
      }
    }
  }
}
