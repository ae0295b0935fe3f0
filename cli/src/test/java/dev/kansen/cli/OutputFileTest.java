package dev.kansen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
