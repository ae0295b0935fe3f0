package dev.kansen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** The command's jar holds the command and what it runs on, and none of the integration examples. */
class JarContentsIT {
  private static final Path JAR = Path.of(System.getProperty("kansen.jar", "target/kansen.jar"));

  @Test
  void holdsTheSeedsButNoIntegrationCodeAndNoCsvLibrary() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      List<String> names = jar.stream().map(ZipEntry::getName).toList();
      assertTrue(names.contains("dev/kansen/seeds/SeedProgrammes.class"), "the demo's seed programmes");
      assertTrue(names.contains("dev/kansen/seeds/illustrative/IllustrativeProgramme.class"), "the illustrative programme");
      assertTrue(names.contains("dev/kansen/cli/Main.class"), "the command");
      assertEquals(List.of(), names.stream().filter(n -> n.startsWith("dev/kansen/examples/")).toList(),
          "no integration examples, showcase or example summary in the command's jar");
      assertEquals(List.of(), names.stream()
          .filter(n -> n.startsWith("com/fasterxml/jackson/dataformat/") || n.contains("jackson-dataformat-csv")).toList(),
          "no jackson-dataformat-csv");
    }
  }
}
