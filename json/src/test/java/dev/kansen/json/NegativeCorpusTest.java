package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.validation.Severity;
import dev.kansen.validation.Violation;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every document of the negative corpus is rejected with its expected code and path, and nothing else escapes. */
class NegativeCorpusTest {
  static List<NegativeCase> cases() {
    return NegativeCase.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void documentIsRejectedWithItsExpectedCodeAndPath(NegativeCase c) {
    KansenJsonException e = assertThrows(KansenJsonException.class, () -> c.reader().read(c.bytes()));
    List<Violation> found = e.violations();
    assertTrue(found.stream().anyMatch(v -> v.code().equals(c.code()) && (c.path().equals("*") || v.path().toString().equals(c.path()))),
        () -> "expected " + c.code() + " at " + c.path() + " but found " + found);
    for (Violation v : found) {
      assertEquals(Severity.ERROR, v.severity(), v::toString);
      assertTrue(v.position().isPresent(), () -> "no line and column: " + v);
      assertTrue(v.message().length() < 600, () -> "message too long: " + v.message().length());
    }
  }

  @Test
  void corpusHoldsAtLeastOneHundredDocumentsEachListedOnce() throws Exception {
    List<NegativeCase> all = cases();
    assertTrue(all.size() >= 100, "only " + all.size() + " documents");
    Set<String> listed = all.stream().map(NegativeCase::file).collect(Collectors.toSet());
    assertEquals(all.size(), listed.size(), "a file is listed twice");
    try (var files = Files.list(TestResources.resources("negative"))) {
      Set<String> present = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".json")).collect(Collectors.toSet());
      assertEquals(present, listed, "every corpus file is listed in manifest.tsv, and every listed file exists");
    }
  }
}
