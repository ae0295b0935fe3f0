package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.Programme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The hand-written golden documents are canonical: reading and writing them gives the same bytes. */
class GoldenFilesTest {
  private static final String FORMAT_1_0 = "\"formatVersion\": \"1.0\"";
  private static final String FORMAT_CURRENT = "\"formatVersion\": \"" + KansenJson.FORMAT_VERSION + "\"";

  static List<Path> golden() {
    return TestResources.jsonFiles("golden");
  }

  @ParameterizedTest
  @MethodSource("golden")
  void goldenDocumentRoundTripsByteForByte(Path file) {
    String text = new String(TestResources.bytes(file), StandardCharsets.UTF_8);
    Programme programme = KansenJson.strict().read(text);
    assertEquals(text.replace(FORMAT_1_0, FORMAT_CURRENT), KansenJson.strict().write(programme),
        "a 1.0 document reads unchanged: written back it differs in its formatVersion only");
  }

  @Test
  void theGoldenDocumentsIncludeOneOfEachVersion() {
    List<String> texts = golden().stream().map(f -> new String(TestResources.bytes(f), StandardCharsets.UTF_8)).toList();
    assertTrue(texts.stream().anyMatch(t -> t.contains(FORMAT_1_0)), "a 1.0 document");
    assertTrue(texts.stream().anyMatch(t -> t.contains(FORMAT_CURRENT)), "a 1.1 document");
  }

  @ParameterizedTest
  @MethodSource("golden")
  void goldenDocumentReadsTheSameAsBytesAndAsText(Path file) {
    byte[] bytes = TestResources.bytes(file);
    assertEquals(KansenJson.strict().read(new String(bytes, StandardCharsets.UTF_8)), KansenJson.strict().read(bytes));
  }

  @ParameterizedTest
  @MethodSource("golden")
  void compactFormReadsBackToTheSameProgramme(Path file) {
    Programme programme = KansenJson.strict().read(TestResources.bytes(file));
    String compact = KansenJson.strict().writeCompact(programme);
    assertEquals(programme, KansenJson.strict().read(compact));
    assertEquals(-1, compact.indexOf('\n'));
  }
}
