package dev.kansen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.json.KansenJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code summary}, {@code convert} and {@code report} hold every programme of a JSON Lines input
 * before they write anything; an endless stream of valid lines fills the memory. That ends in one
 * line and exit 2, as every other failure does, not in Java's stack trace and exit 1 (which means
 * "not valid").
 */
class OutOfMemoryIT {
  private static final Path JAR = Path.of(System.getProperty("kansen.jar", "target/kansen.jar"));

  @ParameterizedTest
  @ValueSource(strings = {"summary", "convert", "report"})
  void anEndlessJsonLinesStreamEndsInOneLineAndExitTwo(String command) throws Exception {
    List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx32m", "-Duser.language=en", "-jar", JAR.toString(), command, "--lines", "-"));
    if (command.equals("report")) {
      args.addAll(List.of("-o", Path.of(System.getProperty("java.io.tmpdir"), "kansen-oom-never-written.html").toString()));
    }
    Process process = new ProcessBuilder(args).start();
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
    CompletableFuture.runAsync(() -> readAll(process.getInputStream()));
    byte[] line = (KansenJson.strict().writeCompact(Fixture.programme()) + "\n").getBytes(StandardCharsets.UTF_8);
    Thread writer = new Thread(() -> {
      try (OutputStream in = process.getOutputStream()) {
        while (process.isAlive()) {
          in.write(line);
        }
      } catch (IOException e) {
        // the command ended and closed the pipe
      }
    });
    writer.setDaemon(true);
    writer.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("kansen " + command + " did not run out of memory within 120 s");
    }
    String stderr = new String(err.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8);

    assertEquals(2, process.exitValue(), stderr);
    assertEquals(1, stderr.lines().count(), stderr);
    assertTrue(stderr.startsWith("kansen " + command + ": not enough memory for the input; give Java more"), stderr);
    assertFalse(stderr.contains("OutOfMemoryError") || stderr.contains("\tat "), stderr);
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      return new byte[0];
    }
  }
}
