package dev.kansen.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the test resources and the module's own directories, independent of the working directory. */
final class TestResources {
  private TestResources() {}

  /** @return the module's directory ({@code json/}) */
  static Path moduleDir() {
    Path dir = Path.of("").toAbsolutePath();
    return Files.isDirectory(dir.resolve("src/test/resources/golden")) ? dir : dir.resolve("json");
  }

  /** @return the repository root */
  static Path rootDir() {
    return moduleDir().getParent();
  }

  static Path resources(String sub) {
    return moduleDir().resolve("src/test/resources").resolve(sub);
  }

  static List<Path> jsonFiles(String sub) {
    try (Stream<Path> files = Files.list(resources(sub))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
