package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.Programme;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Sequences of programmes as a JSON array and as JSON Lines, written and read one at a time. */
class SequencesTest {
  private static final KansenJson JSON = KansenJson.strict();

  private static List<Programme> golden() {
    return GoldenFilesTest.golden().stream().map(f -> JSON.read(TestResources.bytes(f))).toList();
  }

  private static List<Programme> readAll(ProgrammeIterator it) throws IOException {
    List<Programme> out = new ArrayList<>();
    try (it) {
      it.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void anArrayWrittenOneByOneReadsBackInOrder() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ProgrammeSequenceWriter w = JSON.writeArray(out)) {
      for (Programme p : golden()) {
        w.write(p);
      }
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith("[\n{") && text.endsWith("}\n]\n"), text);
    assertEquals(golden(), readAll(JSON.readArray(new ByteArrayInputStream(out.toByteArray()))));
  }

  @Test
  void jsonLinesWrittenOneByOneReadBackInOrder() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ProgrammeSequenceWriter w = JSON.writeLines(out)) {
      for (Programme p : golden()) {
        w.write(p);
      }
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(golden().size(), text.split("\n").length);
    assertEquals(golden(), readAll(JSON.readLines(new ByteArrayInputStream(out.toByteArray()))));
  }

  @Test
  void emptySequencesAreEmpty() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writeArray(out).close();
    assertEquals("[]\n", out.toString(StandardCharsets.UTF_8));
    assertEquals(List.of(), readAll(JSON.readArray(new ByteArrayInputStream(out.toByteArray()))));
    assertEquals(List.of(), readAll(JSON.readLines(new ByteArrayInputStream(new byte[0]))));
  }

  @Test
  void aBadArrayElementIsReportedWithItsIndexAndTheNextOneIsStillRead() throws IOException {
    String good = JSON.writeCompact(golden().get(0));
    String bad = good.replace("\"title\":", "\"colour\":\"red\",\"title\":");
    String array = "[" + good + "," + bad + "," + good + "]";
    try (ProgrammeIterator it = JSON.readArray(new ByteArrayInputStream(array.getBytes(StandardCharsets.UTF_8)))) {
      assertEquals(golden().get(0), it.next());
      KansenJsonException e = assertThrows(KansenJsonException.class, it::next);
      assertEquals("/1/colour", e.violations().get(0).path().toString());
      assertEquals(golden().get(0), it.next());
      assertFalse(it.hasNext());
      assertThrows(NoSuchElementException.class, it::next);
    }
  }

  @Test
  void anArrayElementOfANewerMajorVersionIsSkippedAsAWhole() throws IOException {
    String good = JSON.writeCompact(golden().get(0));
    String newer = good.replace("\"formatVersion\":\"" + KansenJson.FORMAT_VERSION + "\"", "\"formatVersion\":\"9.0\"");
    String array = "[" + newer + "," + good + "]";
    try (ProgrammeIterator it = JSON.readArray(new ByteArrayInputStream(array.getBytes(StandardCharsets.UTF_8)))) {
      KansenJsonException e = assertThrows(KansenJsonException.class, it::next);
      assertEquals("UNSUPPORTED_FORMAT_VERSION", e.violations().get(0).code());
      assertEquals(golden().get(0), it.next());
      assertFalse(it.hasNext());
    }
  }

  @Test
  void brokenSyntaxEndsTheArray() throws IOException {
    String good = JSON.writeCompact(golden().get(0));
    String array = "[" + good + ",{\"formatVersion\" 1}," + good + "]";
    try (ProgrammeIterator it = JSON.readArray(new ByteArrayInputStream(array.getBytes(StandardCharsets.UTF_8)))) {
      it.next();
      KansenJsonException e = assertThrows(KansenJsonException.class, it::next);
      assertEquals("JSON_SYNTAX", e.violations().get(0).code());
      assertFalse(it.hasNext());
    }
  }

  @Test
  void contentAfterTheArrayIsReported() throws IOException {
    try (ProgrammeIterator it = JSON.readArray(new ByteArrayInputStream("[] x".getBytes(StandardCharsets.UTF_8)))) {
      KansenJsonException e = assertThrows(KansenJsonException.class, it::next);
      assertEquals("TRAILING_CONTENT", e.violations().get(0).code());
    }
  }

  @Test
  void inputThatIsNotAnArrayIsRefusedAtOnce() {
    KansenJsonException e = assertThrows(KansenJsonException.class,
        () -> JSON.readArray(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8))));
    assertEquals("WRONG_TYPE", e.violations().get(0).code());
    KansenJsonException empty = assertThrows(KansenJsonException.class, () -> JSON.readArray(new ByteArrayInputStream(new byte[0])));
    assertEquals("EMPTY_DOCUMENT", empty.violations().get(0).code());
  }

  @Test
  void aBadLineIsReportedOnItsLineAndTheOthersAreRead() throws IOException {
    String good = JSON.writeCompact(golden().get(0));
    String lines = good + "\r\n\n{\"formatVersion\":\"1.0\",\"id\":7}\n" + good + "\n";
    try (ProgrammeIterator it = JSON.readLines(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)))) {
      assertEquals(golden().get(0), it.next());
      KansenJsonException e = assertThrows(KansenJsonException.class, it::next);
      assertTrue(e.violations().stream().allMatch(v -> v.position().orElseThrow().line() == 3), e::getMessage);
      assertTrue(e.violations().stream().anyMatch(v -> v.code().equals("WRONG_TYPE") && v.path().toString().equals("/id")), e::getMessage);
      assertEquals(golden().get(0), it.next());
      assertFalse(it.hasNext());
    }
  }

  @Test
  void aLineLongerThanTheDocumentLimitIsSkippedAndReported() throws IOException {
    KansenJson small = KansenJson.builder().maxDocumentLength(5000).build();
    String good = JSON.writeCompact(golden().get(1));
    String lines = "x".repeat(20_000) + "\n" + good + "\n";
    try (ProgrammeIterator it = small.readLines(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)))) {
      KansenJsonException e = assertThrows(KansenJsonException.class, it::next);
      assertEquals("INPUT_TOO_LARGE", e.violations().get(0).code());
      assertEquals(golden().get(1), it.next());
    }
  }

  @Test
  void anArrayElementLongerThanTheDocumentLimitIsReported() throws IOException {
    KansenJson small = KansenJson.builder().maxDocumentLength(1000).build();
    String big = JSON.writeCompact(golden().get(2));
    assertTrue(big.length() > 1000);
    try (ProgrammeIterator it = small.readArray(new ByteArrayInputStream(("[" + big + "]").getBytes(StandardCharsets.UTF_8)))) {
      KansenJsonException e = assertThrows(KansenJsonException.class, it::next);
      assertEquals("INPUT_TOO_LARGE", e.violations().get(0).code());
    }
  }
}
