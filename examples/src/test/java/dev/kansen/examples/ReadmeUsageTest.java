package dev.kansen.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's usage example runs, and is exactly the code of {@link ReadmeUsage}: the README's
 * {@code java} block between {@code <!-- usage:start -->} and {@code <!-- usage:end -->} equals the
 * lines of {@code ReadmeUsage.main} between {@code // usage:start} and {@code // usage:end},
 * without their common indentation.
 */
class ReadmeUsageTest {
  private static final Path MODULE = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));

  @Test
  void printsTheGrantAndTheIntervention() {
    String printed = StandardOutput.capture(() -> ReadmeUsage.main(new String[0]));

    assertEquals(List.of(
            "Provincie Limburg gives EUR 50000.00 to Gemeente Heerlen",
            "Warme overdracht vanuit de peuteropvang: 8 SCHOOLS planned"),
        printed.lines().toList());
  }

  @Test
  void theReadmeShowsExactlyTheCodeThatRuns() throws IOException {
    Path readme = MODULE.resolve("../README.md").normalize();
    Path source = MODULE.resolve("src/main/java/dev/kansen/examples/ReadmeUsage.java");
    assertTrue(Files.isRegularFile(readme), "no README at " + readme);

    List<String> code = dedent(between(read(source), "// usage:start", "// usage:end", source));
    List<String> block = between(read(readme), "<!-- usage:start -->", "<!-- usage:end -->", readme);

    assertTrue(block.size() >= 2, "the usage block in " + readme + " is empty");
    assertEquals("```java", block.get(0), "the usage block in " + readme + " must open with ```java");
    assertEquals("```", block.get(block.size() - 1), "the usage block in " + readme + " must close with ```");
    List<String> shown = block.subList(1, block.size() - 1);
    assertEquals(code, shown, () -> "README usage block and ReadmeUsage.main differ at block line "
        + (firstDifference(code, shown) + 1) + ": copy the lines between the markers of " + source);
  }

  private static int firstDifference(List<String> expected, List<String> actual) {
    int i = 0;
    while (i < expected.size() && i < actual.size() && expected.get(i).equals(actual.get(i))) {
      i++;
    }
    return i;
  }

  private static List<String> read(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  private static List<String> between(List<String> lines, String start, String end, Path file) {
    int from = indexOf(lines, start, file);
    int to = indexOf(lines, end, file);
    assertTrue(from < to, start + " must come before " + end + " in " + file);
    return lines.subList(from + 1, to);
  }

  private static int indexOf(List<String> lines, String marker, Path file) {
    List<Integer> hits = java.util.stream.IntStream.range(0, lines.size())
        .filter(i -> lines.get(i).strip().equals(marker)).boxed().toList();
    assertEquals(1, hits.size(), () -> "expected one line \"" + marker + "\" in " + file + ", found " + hits.size());
    return hits.get(0);
  }

  private static List<String> dedent(List<String> lines) {
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList();
  }
}
