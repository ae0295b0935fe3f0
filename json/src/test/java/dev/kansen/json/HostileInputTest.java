package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The hostile inputs of the issue each end in one {@link KansenJsonException} with a path and a
 * short message. The timeouts are generous guards against hangs and quadratic behaviour, not
 * speed measurements (those are JMH benchmarks).
 */
class HostileInputTest {
  private static final Duration GUARD = Duration.ofSeconds(20);
  private static final String HEAD = "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"title\":\"T\",\"alliance\":{\"name\":\"A\"},"
      + "\"period\":{\"start\":\"2020-01-01\",\"end\":\"2020-12-31\"}";

  private static Violation rejected(KansenJson json, InputStream in) {
    KansenJsonException e = assertThrows(KansenJsonException.class, () -> json.read(in));
    assertEquals(1, e.violations().size(), e::getMessage);
    Violation v = e.violations().get(0);
    assertTrue(v.message().length() < 300, () -> "message of " + v.message().length() + " characters");
    assertTrue(e.getMessage().length() < 2000, () -> "exception message of " + e.getMessage().length() + " characters");
    assertTrue(v.position().isPresent(), v::toString);
    return v;
  }

  private static void quickly(Executable test) {
    assertTimeoutPreemptively(GUARD, test);
  }

  @Test
  void tenThousandDeepNestingIsRefusedWithoutStackOverflow() {
    quickly(() -> {
      String deep = HEAD + ",\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
      Violation v = rejected(KansenJson.lenient(), stream(deep));
      assertEquals("NESTING_TOO_DEEP", v.code());
      assertTrue(v.path().toString().startsWith("/x/0/0"), v::toString);
    });
  }

  @Test
  void deepNestingOfObjectsIsRefusedInStrictModeToo() {
    quickly(() -> {
      String deep = HEAD + ",\"x\":" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000) + "}";
      KansenJsonException e = assertThrows(KansenJsonException.class, () -> KansenJson.strict().read(stream(deep)));
      assertEquals(List.of("UNKNOWN_PROPERTY", "NESTING_TOO_DEEP"), e.violations().stream().map(Violation::code).toList());
      assertEquals("/x", e.violations().get(0).path().toString());
    });
  }

  @Test
  void hundredMegabyteStringIsRefusedWhileStreamingWithoutHoldingIt() {
    quickly(() -> {
      InputStream huge = new SequenceInputStream(stream("{\"formatVersion\":\"1.0\",\"title\":\""),
          new RepeatedByteStream((byte) 'a', 100L * 1024 * 1024));
      Violation v = rejected(KansenJson.strict(), huge);
      assertEquals("STRING_TOO_LONG", v.code());
      assertEquals("/title", v.path().toString());
    });
  }

  @Test
  void hundredMegabyteDocumentIsRefusedAtTheDocumentLimit() {
    quickly(() -> {
      KansenJson json = KansenJson.builder().maxStringLength(200_000_000).build();
      InputStream huge = new SequenceInputStream(stream("{\"formatVersion\":\"1.0\",\"title\":\""),
          new RepeatedByteStream((byte) 'a', 100L * 1024 * 1024));
      assertEquals("INPUT_TOO_LARGE", rejected(json, huge).code());
    });
  }

  @Test
  void millionDigitNumberIsRefusedQuickly() {
    quickly(() -> {
      InputStream digits = new SequenceInputStream(stream(HEAD + ",\"indicators\":[{\"id\":\"i\",\"title\":\"I\","
          + "\"measure\":\"UNIT\",\"baseline\":{\"schoolYear\":\"2020-2021\",\"value\":1"), new RepeatedByteStream((byte) '7', 1_000_000));
      Violation v = rejected(KansenJson.strict(), digits);
      assertEquals("NUMBER_TOO_LONG", v.code());
      assertEquals("/indicators/0/baseline/value", v.path().toString());
    });
  }

  @Test
  void millionDigitNumberIsRefusedEvenWithLimitsRaised() {
    quickly(() -> {
      KansenJson json = KansenJson.builder().maxNumberLength(2_000_000).maxStringLength(2_000_000).maxDocumentLength(10_000_000).build();
      String doc = HEAD + ",\"indicators\":[{\"id\":\"i\",\"title\":\"I\",\"measure\":\"UNIT\",\"baseline\":"
          + "{\"schoolYear\":\"2020-2021\",\"pupils\":1" + "7".repeat(1_000_000) + "}}]}";
      Violation v = rejected(json, stream(doc));
      assertEquals("INVALID_NUMBER", v.code());
      assertEquals("/indicators/0/baseline/pupils", v.path().toString());
    });
  }

  @Test
  void invalidUtf8IsRefusedWithItsPlace() {
    byte[] bad = (HEAD + ",\n\"description\":\"caf\u00e9 X\"}").getBytes(StandardCharsets.UTF_8);
    bad[bad.length - 3] = (byte) 0xC3;
    Violation v = rejected(KansenJson.strict(), new ByteArrayInputStream(bad));
    assertEquals("INVALID_ENCODING", v.code());
    assertEquals(2, v.position().orElseThrow().line());
  }

  @Test
  void trailingContentIsRefused() {
    assertEquals("TRAILING_CONTENT", rejected(KansenJson.strict(), stream(HEAD + "} {\"more\": 1}")).code());
  }

  @Test
  void emptyFileIsRefused() {
    Violation v = rejected(KansenJson.strict(), stream(""));
    assertEquals("EMPTY_DOCUMENT", v.code());
    assertEquals("", v.path().toString());
  }

  @Test
  void byteOrderMarkIsAcceptedInBytesAndText() {
    String doc = HEAD + "}";
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] withBom = new byte[bom.length + doc.length()];
    System.arraycopy(bom, 0, withBom, 0, 3);
    System.arraycopy(doc.getBytes(StandardCharsets.UTF_8), 0, withBom, 3, doc.length());
    assertEquals(KansenJson.strict().read(doc), KansenJson.strict().read(withBom));
    assertEquals(KansenJson.strict().read(doc), KansenJson.strict().read("\uFEFF" + doc));
  }

  @Test
  void truncatedDocumentsAtEveryLengthEndInTheOneExceptionType() {
    String doc = KansenJson.strict().writeCompact(KansenJson.strict().read(TestResources.bytes(
        TestResources.resources("golden").resolve("every-property.json"))));
    for (int n = 0; n < doc.length(); n++) {
      String truncated = doc.substring(0, n);
      KansenJsonException e = assertThrows(KansenJsonException.class, () -> KansenJson.strict().read(truncated), truncated);
      assertTrue(!e.violations().isEmpty());
    }
  }

  @Test
  void tooManyViolationsAreCapped() {
    String doc = HEAD + ",\"partners\":[" + String.join(",", java.util.Collections.nCopies(5000, "{}")) + "]}";
    KansenJsonException e = assertThrows(KansenJsonException.class, () -> KansenJson.strict().read(doc));
    assertEquals(100, e.violations().size());
    List<String> codes = e.violations().stream().map(Violation::code).toList();
    assertTrue(codes.contains("TOO_MANY_VIOLATIONS"), codes::toString);
    assertTrue(e.getMessage().length() < 3000);
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A stream of one byte repeated, produced on the fly so that the test itself holds nothing. */
  static final class RepeatedByteStream extends InputStream {
    private final byte value;
    private long remaining;

    RepeatedByteStream(byte value, long count) {
      this.value = value;
      this.remaining = count;
    }

    @Override
    public int read() {
      if (remaining == 0) {
        return -1;
      }
      remaining--;
      return value;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (remaining == 0) {
        return -1;
      }
      int n = (int) Math.min(len, remaining);
      java.util.Arrays.fill(b, off, off + n, value);
      remaining -= n;
      return n;
    }
  }
}
