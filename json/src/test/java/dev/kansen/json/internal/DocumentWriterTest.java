package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.Alliance;
import dev.kansen.model.DateRange;
import dev.kansen.model.Programme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The document writer: the pretty form (two spaces, {@code "name": value}, a final line feed) and
 * the compact one, the same document as bytes, text and on a stream, however many documents of
 * whatever sizes one writer wrote before, and a refusal that names the programme and writes nothing.
 */
class DocumentWriterTest {
  private static final JsonFactories.Limits LIMITS = new JsonFactories.Limits(64, 1_000_000, 100, 16L << 20);

  private static DocumentWriter writer(JsonFactories.Limits limits) {
    return new DocumentWriter(JsonFactories.of(limits, -1), limits);
  }

  private static Programme programme(String title) {
    return Programme.builder().id("p").title(title).alliance(Alliance.builder().name("A").build()).build();
  }

  @Test
  void thePrettyFormIndentsByTwoSpacesAndEndsWithALineFeed() {
    String text = writer(LIMITS).text(programme("T"), true);
    assertEquals("{\n  \"formatVersion\": \"1.1\",\n  \"id\": \"p\",\n  \"title\": \"T\",\n"
        + "  \"alliance\": {\n    \"name\": \"A\"\n  }\n}\n", text);
  }

  @Test
  void theCompactFormIsOneLineWithoutALineFeed() {
    String text = writer(LIMITS).text(programme("T"), false);
    assertEquals("{\"formatVersion\":\"1.1\",\"id\":\"p\",\"title\":\"T\",\"alliance\":{\"name\":\"A\"}}", text);
  }

  @Test
  void bytesTextAndStreamHoldTheSameDocument() throws IOException {
    DocumentWriter w = writer(LIMITS);
    Programme p = programme("Tïtel \uD83D\uDE00");
    for (boolean pretty : new boolean[] {true, false}) {
      byte[] bytes = w.write(p, pretty);
      assertEquals(w.text(p, pretty), new String(bytes, StandardCharsets.UTF_8));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      w.write(p, pretty, out);
      assertArrayEquals(bytes, out.toByteArray());
    }
  }

  @Test
  void oneWriterWritesEachDocumentAsAFreshWriterWouldWhateverItWroteBefore() throws IOException {
    DocumentWriter reused = writer(LIMITS);
    // small, large (its buffer grows past what is kept), small again, and one just above the last
    String[] titles = {"a", "b".repeat(1_000_000), "c", "d".repeat(5_000), "e".repeat(4_000), "f"};
    for (String title : titles) {
      Programme p = programme(title);
      byte[] expected = writer(LIMITS).write(p, false);
      assertArrayEquals(expected, reused.write(p, false), title.length() + " characters");
      assertEquals(new String(expected, StandardCharsets.UTF_8), reused.text(p, false));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      reused.write(p, false, out);
      assertArrayEquals(expected, out.toByteArray());
      byte[] again = reused.write(p, false);
      assertArrayEquals(expected, again);
    }
  }

  @Test
  void aDocumentOverTheLimitIsRefusedNamingTheProgrammeAndTheSizes() {
    JsonFactories.Limits small = new JsonFactories.Limits(64, 1_000_000, 100, 1_000);
    Programme p = programme("t".repeat(2_000));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> writer(small).write(p, false));
    String expectedSize = String.valueOf(writer(LIMITS).write(p, false).length);
    assertTrue(e.getMessage().startsWith("Cannot write programme p: the document has " + expectedSize + " bytes"),
        e.getMessage());
    assertTrue(e.getMessage().contains("more than the maximum of 1000"), e.getMessage());
  }

  @Test
  void aValueTheReaderWouldRefuseIsRefusedNamingTheProgrammeAndNothingIsWritten() {
    JsonFactories.Limits small = new JsonFactories.Limits(64, 1_000, 100, 16L << 20);
    Programme p = programme("t".repeat(1_001));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> writer(small).write(p, true, out));
    assertTrue(e.getMessage().startsWith("Cannot write programme p: "), e.getMessage());
    assertTrue(e.getMessage().contains("/title"), e.getMessage());
    assertEquals(0, out.size());
  }

  @Test
  void anUnknownPropertyNamedLikeAKnownOneIsRefused() {
    Programme p = Programme.builder().from(programme("T")).putUnknownProperties("title", "\"again\"").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> writer(LIMITS).write(p, false));
    assertTrue(e.getMessage().startsWith("Cannot write programme p: Duplicate field 'title'"), e.getMessage());
  }

  @Test
  void aDateIsWrittenAsLocalDateWritesIt() {
    // years beyond 0000 to 9999, which reading refuses, are refused (DateYearWritingTest)
    for (String date : List.of("0000-01-01", "0001-02-03", "0999-10-11", "2024-12-31", "9999-12-31")) {
      LocalDate d = LocalDate.parse(date);
      Programme p = Programme.builder().from(programme("T")).period(new DateRange(d, d)).build();
      String text = writer(LIMITS).text(p, false);
      assertTrue(text.contains("\"period\":{\"start\":\"" + d + "\",\"end\":\"" + d + "\"}"), text);
    }
  }

  @Test
  void aStreamThatFailsFailsTheWrite() {
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("broken");
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException("broken");
      }
    };
    assertEquals("broken", assertThrows(IOException.class,
        () -> writer(LIMITS).write(programme("T"), false, broken)).getMessage());
  }

  @Test
  void theLineFeedOfThePrettyFormCountsTowardsTheLimit() {
    Programme p = programme("T");
    int compact = writer(LIMITS).write(p, false).length;
    int pretty = writer(LIMITS).write(p, true).length;
    assertFalse(pretty == compact);
    JsonFactories.Limits exact = new JsonFactories.Limits(64, 1_000_000, 100, pretty);
    assertEquals(pretty, writer(exact).write(p, true).length);
    JsonFactories.Limits under = new JsonFactories.Limits(64, 1_000_000, 100, pretty - 1);
    assertThrows(IllegalArgumentException.class, () -> writer(under).write(p, true));
  }
}
