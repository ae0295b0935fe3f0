package dev.kansen.examples.integration.endpoint;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The threads that handle requests: a virtual thread per request where the JDK has them (21 and
 * later), otherwise a fixed pool. kansen is built for Java 17, so virtual threads are looked up at
 * run time rather than named in the code.
 */
final class RequestThreads {
  private RequestThreads() {}

  /**
   * @param poolSize the size of the pool used when virtual threads are not available or not wanted
   * @param virtualIfAvailable whether to use a virtual thread per request when the JDK has them
   * @return the executor
   */
  static ExecutorService create(int poolSize, boolean virtualIfAvailable) {
    if (virtualIfAvailable) {
      Optional<ExecutorService> virtual = virtualThreadPerTask();
      if (virtual.isPresent()) {
        return virtual.get();
      }
    }
    return Executors.newFixedThreadPool(poolSize);
  }

  /** @return whether this JDK has virtual threads */
  static boolean virtualThreadsAvailable() {
    return factoryMethod().isPresent();
  }

  private static Optional<ExecutorService> virtualThreadPerTask() {
    return factoryMethod().map(method -> {
      try {
        return (ExecutorService) method.invoke(null);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("Executors.newVirtualThreadPerTaskExecutor failed", e);
      }
    });
  }

  private static Optional<Method> factoryMethod() {
    try {
      return Optional.of(Executors.class.getMethod("newVirtualThreadPerTaskExecutor"));
    } catch (NoSuchMethodException beforeJava21) {
      return Optional.empty();
    }
  }
}
