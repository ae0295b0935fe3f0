package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kansen.model.Programme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The hand-written golden documents are canonical: reading and writing them gives the same bytes. */
class GoldenFilesTest {
  static List<Path> golden() {
    return TestResources.jsonFiles("golden");
  }

  @ParameterizedTest
  @MethodSource("golden")
  void goldenDocumentRoundTripsByteForByte(Path file) {
    String text = new String(TestResources.bytes(file), StandardCharsets.UTF_8);
    Programme programme = KansenJson.strict().read(text);
    assertEquals(text, KansenJson.strict().write(programme));
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
