package dev.kansen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output that is not a regular file — a named pipe, {@code /dev/stdout}, {@code /dev/full} — is
 * written into, never replaced by a regular file (which, for whoever may write in {@code /dev}, would
 * remove the device).
 */
class OutputFileIntoSpecialFilesTest {

  @Test
  void aNamedPipeIsWrittenIntoAndStaysAPipe(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("report.fifo");
    assumeTrue(mkfifo(fifo), "mkfifo is available");
    CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readString(fifo, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });

    OutputFile.write(fifo, "<p>kansen</p>\n");

    assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "the pipe is not replaced by a file");
    assertTrue(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS));
    assertEquals("<p>kansen</p>\n", reader.get(10, TimeUnit.SECONDS));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file is left behind");
    }
  }

  @Test
  void aFullDeviceIsAFailureSayingWhyAndStaysADevice() {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full) && !Files.isRegularFile(full), "Linux /dev/full");

    CommandFailure failure = org.junit.jupiter.api.Assertions.assertThrows(CommandFailure.class,
        () -> OutputFile.write(full, "<p>kansen</p>\n"));

    assertTrue(failure.lines().get(0).startsWith("/dev/full: cannot be written: "), failure.lines()::toString);
    assertFalse(Files.isRegularFile(full), "/dev/full is still a device");
  }

  private static boolean mkfifo(Path path) throws InterruptedException {
    try {
      Process process = new ProcessBuilder("mkfifo", path.toString()).start();
      return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
