package dev.kansen.examples.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
  @TempDir
  Path dir;

  private List<Path> files() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.sorted().toList();
    }
  }

  @Test
  void aFailureWhileWritingLeavesTheTargetAsItWasAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("out.csv");
    Files.writeString(target, "old");

    IOException e = assertThrows(IOException.class, () -> AtomicOutput.prepare(target, out -> {
      out.write("half".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    }));

    assertEquals("disk full", e.getMessage());
    assertEquals("old", Files.readString(target));
    assertEquals(List.of(target), files());
  }

  @Test
  void aCommittedFileReplacesTheTargetWhole() throws IOException {
    Path target = dir.resolve("out.csv");
    Files.writeString(target, "old");

    Path temp = AtomicOutput.prepare(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertEquals("old", Files.readString(target), "nothing changes before the commit");
    AtomicOutput.commit(temp, target);

    assertEquals("new", Files.readString(target));
    assertEquals(List.of(target), files());
  }

  @Test
  void aDiscardedFileLeavesNothingBehind() throws IOException {
    Path target = dir.resolve("out.csv");

    AtomicOutput.discard(AtomicOutput.prepare(target, out -> out.write('x')));

    assertEquals(List.of(), files());
  }
}
