package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.Baseline;
import dev.kansen.model.Indicator;
import dev.kansen.model.Programme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The adversary's attack on the seams of writing: values kept from a lenient read that are
 * within this instance's limits but beyond Jackson's own defaults, and an output stream that fails
 * at any one of its calls, checked or unchecked, under a sequence writer.
 */
class WriteSeamsTest {
  private static final String GOLDEN = new String(
      TestResources.bytes(TestResources.resources("golden").resolve("den-bosch-2021.json")), StandardCharsets.UTF_8);

  /** @return the golden document with one more (unknown) property at its start */
  private static String withUnknown(String name, String json) {
    int brace = GOLDEN.indexOf('{');
    return GOLDEN.substring(0, brace + 1) + "\"" + name + "\":" + json + "," + GOLDEN.substring(brace + 1);
  }

  /** Writes a programme in both forms and as a line, and reads each back to an equal programme. */
  private static void writtenAndReadBack(KansenJson json, Programme p) throws IOException {
    assertEquals(p, json.read(json.write(p)));
    assertEquals(p, json.read(json.writeCompact(p)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ProgrammeSequenceWriter lines = json.writeLines(out)) {
      lines.write(p);
    }
    try (ProgrammeIterator back = json.readLines(new java.io.ByteArrayInputStream(out.toByteArray()))) {
      assertEquals(p, back.next());
      assertFalse(back.hasNext());
    }
  }

  @Test
  void aKeptNumberLongerThanJacksonsDefaultLimitIsWrittenAndReadBack() throws IOException {
    // kansen reads numbers of up to 1,500 characters here; Jackson's own default is 1,000
    KansenJson json = KansenJson.builder().lenient(true).maxNumberLength(1_500).build();
    String number = "-1." + "2".repeat(1_200) + "e-7";
    Programme p = json.read(withUnknown("x-number", "[" + number + "]"));
    assertEquals("[" + number + "]", p.unknownProperties().get("x-number"));
    writtenAndReadBack(json, p);
  }

  @Test
  void aKeptStringLongerThanJacksonsDefaultLimitIsWrittenAndReadBack() throws IOException {
    // Jackson's own default longest string is 20,000,000 characters
    KansenJson json = KansenJson.builder().lenient(true).maxStringLength(21_000_000).maxDocumentLength(64L << 20)
        .build();
    String text = "ab\u00e9".repeat(6_700_000) + "\\n\\u2028";
    Programme p = json.read(withUnknown("x-text", "{\"t\":\"" + text + "\"}"));
    writtenAndReadBack(json, p);
  }

  @Test
  void aKeptValueNestedDeeperThanJacksonsDefaultLimitIsWrittenAndReadBack() throws IOException {
    // Jackson's own default deepest nesting is 1,000 levels (reading and writing)
    KansenJson json = KansenJson.builder().lenient(true).maxNestingDepth(1_500).build();
    String deep = "[".repeat(1_100) + "{\"a\":1}" + "]".repeat(1_100);
    Programme p = Programme.builder().from(KansenJson.strict().read(GOLDEN)).putUnknownProperties("x-deep", deep)
        .build();
    writtenAndReadBack(json, p);
  }

  @Test
  void aKeptValueBeyondThisInstancesLimitsIsRefusedWithItsPathAsDocumented() {
    // the kept value is checked against this instance's limits, not Jackson's: beyond them, the
    // documented refusal with the value's pointer, never an exception of another type
    KansenJson json = KansenJson.builder().lenient(true).maxNumberLength(1_500).maxNestingDepth(1_500).build();
    Programme golden = KansenJson.strict().read(GOLDEN);
    for (String kept : List.of("[" + "1".repeat(1_501) + "]", "[".repeat(1_500) + "]".repeat(1_500))) {
      Programme p = Programme.builder().from(golden).putUnknownProperties("x-kept", kept).build();
      for (boolean pretty : new boolean[] {false, true}) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> (pretty ? json.write(p) : json.writeCompact(p)).length());
        assertTrue(e.getMessage().contains("\"/x-kept/"), e.getMessage());
      }
    }
  }

  @Test
  void aDecimalWhoseScaleIsTheLeastIntIsRefusedAsReadingRefusesIt() throws Exception {
    // Math.abs(Integer.MIN_VALUE) is negative: such a scale passed the check "at most 1,000 either way"
    Programme golden = KansenJson.strict().read(TestResources.bytes(TestResources.resources("golden")
        .resolve("every-property.json")));
    for (BigDecimal value : List.of(new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE),
        new BigDecimal(BigInteger.ZERO, Integer.MIN_VALUE),
        new BigDecimal(BigInteger.TEN.negate(), Integer.MIN_VALUE))) {
      List<Indicator> indicators = new ArrayList<>();
      for (Indicator i : golden.indicators()) {
        indicators.add(i.baseline().isEmpty() ? i
            : Indicator.builder().from(i).baseline(Baseline.builder().from(i.baseline().get()).value(value).build())
                .build());
      }
      Programme p = Programme.builder().from(golden).indicators(indicators).build();
      assertTrue(!p.equals(golden), "the golden programme has a baseline");
      KansenJson json = KansenJson.strict();
      for (boolean pretty : new boolean[] {false, true}) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> (pretty ? json.write(p) : json.writeCompact(p)).length(), value.toString());
        assertTrue(e.getMessage().contains("/baseline/value\" has an exponent of 2147483648"), e.getMessage());
      }
    }
  }

  // ---------------------------------------------------------------- a failing output stream

  /** Fails once, at its call of the given number (write or flush), and otherwise collects what it is given. */
  private static final class FailingOnce extends OutputStream {
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final int failAt;
    private final boolean checked;
    private int calls;
    private boolean closed;
    RuntimeException uncheckedThrown;
    IOException checkedThrown;

    FailingOnce(int failAt, boolean checked) {
      this.failAt = failAt;
      this.checked = checked;
    }

    private void call() throws IOException {
      if (calls++ == failAt) {
        if (checked) {
          checkedThrown = new IOException("disk full at call " + failAt);
          throw checkedThrown;
        }
        uncheckedThrown = new UncheckedIOException(new IOException("socket reset at call " + failAt));
        throw uncheckedThrown;
      }
    }

    @Override
    public void write(int b) throws IOException {
      call();
      written.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      call();
      written.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      call();
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void aStreamThatFailsAtAnyCallEndsTheSequenceWithoutWritingAfterTheFailure() throws IOException {
    KansenJson json = KansenJson.strict();
    Programme one = json.read(GOLDEN);
    Programme two = Programme.builder().from(one).title("Tweede \u00e9\uD83D\uDE00 programma").build();
    for (boolean array : new boolean[] {true, false}) {
      ByteArrayOutputStream whole = new ByteArrayOutputStream();
      try (ProgrammeSequenceWriter w = array ? json.writeArray(whole) : json.writeLines(whole)) {
        w.write(one);
        w.write(two);
      }
      byte[] expected = whole.toByteArray();
      for (boolean checked : new boolean[] {true, false}) {
        for (int failAt = 0; failAt < 12; failAt++) {
          String what = (array ? "array" : "lines") + (checked ? ", checked" : ", unchecked") + ", call " + failAt;
          FailingOnce out = new FailingOnce(failAt, checked);
          Throwable failure = null;
          ProgrammeSequenceWriter w = array ? json.writeArray(out) : json.writeLines(out);
          for (Programme p : List.of(one, two)) {
            if (failure == null) {
              failure = attempt(() -> w.write(p));
            } else {
              // after the failure the sequence is over: the next programme is refused, nothing is written
              int before = out.written.size();
              IllegalStateException e = assertThrows(IllegalStateException.class, () -> w.write(p), what);
              assertSame(failure, e.getCause(), what);
              assertEquals(before, out.written.size(), what);
            }
          }
          Throwable atClose = attempt(w::close);
          if (failure == null) {
            failure = atClose;
          } else {
            assertEquals(null, atClose, what + ": closing after the failure writes nothing, so it cannot fail");
          }
          w.close();
          byte[] got = out.written.toByteArray();
          assertFalse(out.closed, what + ": the caller's stream stays open");
          if (failure == null) {
            assertArrayEquals(expected, got, what);
          } else {
            // the stream's own exception, as it is
            assertSame(checked ? out.checkedThrown : out.uncheckedThrown, failure, what);
            // what reached the stream is the start of the sequence: nothing lost before the
            // failure, nothing repeated or added after it (no second "[", no "]" after a part)
            assertTrue(got.length <= expected.length && Arrays.equals(expected, 0, got.length, got, 0, got.length),
                what + ": " + new String(got, StandardCharsets.UTF_8).replace("\n", "\\n").substring(0,
                    Math.min(got.length, 60)));
          }
        }
      }
    }
  }

  @FunctionalInterface
  private interface Step {
    void run() throws IOException;
  }

  /** @return what the step threw, or null */
  private static Throwable attempt(Step step) {
    try {
      step.run();
      return null;
    } catch (IOException | RuntimeException e) {
      return e;
    }
  }
}
