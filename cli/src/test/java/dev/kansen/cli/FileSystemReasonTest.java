package dev.kansen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kansen.json.KansenJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file the system refuses is named once, with the system's reason: not with the exception's class
 * and the temporary file's name ({@code java.nio.file.FileSystemException: /tmp/.r….tmp -> /tmp/r…:
 * File name too long}).
 */
class FileSystemReasonTest {
  private static final String LONG = "r".repeat(300);

  @Test
  void anOutputWhoseNameIsTooLongSaysSoOnce(@TempDir Path dir) {
    Path target = dir.resolve(LONG + ".html");

    CommandFailure failure = assertThrows(CommandFailure.class, () -> OutputFile.write(target, "<p>x</p>\n"));

    assertEquals(List.of(target + ": cannot be written: File name too long"), failure.lines());
  }

  @Test
  void aFullDeviceSaysWhyWithoutTheExceptionsClass() {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full) && !Files.isRegularFile(full), "Linux /dev/full");

    CommandFailure failure = assertThrows(CommandFailure.class, () -> OutputFile.write(full, "<p>x</p>\n"));

    assertEquals(List.of("/dev/full: cannot be written: No space left on device"), failure.lines());
  }

  @Test
  void anInputWhoseNameIsTooLongSaysSoOnce(@TempDir Path dir) {
    String name = dir.resolve(LONG + ".json").toString();

    Loaded loaded = Loaded.load(name, java.io.InputStream.nullInputStream(), KansenJson.strict());

    Loaded.Failed failed = (Loaded.Failed) loaded;
    assertEquals("cannot be read: File name too long", failed.findings().get(0).message());
  }
}
