package dev.kansen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {

  @Test
  void writesTheFileWholeAndLeavesNoTemporaryFileBehind(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("report.html");

    OutputFile.write(target, "<p>kansen</p>\n");

    assertEquals("<p>kansen</p>\n", Files.readString(target));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(target), files.toList());
    }
  }

  @Test
  void aWrittenFileIsReadableByOthersLikeAnyNewFile(@TempDir Path dir) throws Exception {
    assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX file system");
    Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
    Path target = dir.resolve("programme.json");

    OutputFile.write(target, "{}\n");

    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target),
        "the command's output gets the same permissions as any file the user creates (the umask), not rw-------");
    assertTrue(Files.getPosixFilePermissions(target).contains(PosixFilePermission.OWNER_READ));
  }

  @Test
  void aNameOf250CharactersIsWrittenThoughItsTemporaryFileNeedsALongerOne(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("r".repeat(245) + ".html");

    OutputFile.write(target, "<p>long</p>\n");

    assertEquals("<p>long</p>\n", Files.readString(target));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(target), files.toList());
    }
  }

  @Test
  void theTemporaryNameStaysWithinTheLimitInBytesAndKeepsWholeCharacters() {
    String name = OutputFile.temporaryName("é".repeat(200) + "\uD83D\uDE00".repeat(20));
    assertTrue(name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= OutputFile.MAX_NAME_BYTES, name);
    assertTrue(name.startsWith(".éé") && name.endsWith(".tmp"), name);
    assertEquals(name, new String(name.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        java.nio.charset.StandardCharsets.UTF_8), "no character is cut in half");
  }

  @Test
  void aFileInADirectoryThatTakesNoNewFileSaysSoRatherThanThatTheDirectoryIsMissing() {
    Path version = Path.of("/proc/version");
    assumeTrue(Files.isRegularFile(version), "Linux /proc");

    CommandFailure failure = assertThrows(CommandFailure.class, () -> OutputFile.write(version, "x"));

    assertEquals(List.of("/proc/version: cannot be written: no new file can be made in the directory /proc"),
        failure.lines());
  }
}
