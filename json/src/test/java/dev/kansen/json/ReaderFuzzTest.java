package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kansen.model.Programme;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.Validator;
import dev.kansen.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Coverage-guided fuzzing of the readers with Jazzer. In a normal build this runs as a regression
 * test over the inputs in {@code src/test/resources/dev/kansen/json/ReaderFuzzTestInputs/<method>/};
 * {@code json/README.md} gives the command for a fuzzing campaign.
 */
class ReaderFuzzTest {
  private static final KansenJson SMALL = KansenJson.builder().maxDocumentLength(100_000).build();

  /** Any bytes: a programme, or one KansenJsonException with sound violations; nothing else. */
  @FuzzTest(maxDuration = "60s")
  void strictReaderReturnsAProgrammeOrReportsViolations(byte[] input) {
    Programme p;
    try {
      p = SMALL.read(input);
    } catch (KansenJsonException e) {
      assertFalse(e.violations().isEmpty());
      for (Violation v : e.violations()) {
        assertTrue(v.message().length() < 600, v::toString);
      }
      return;
    }
    assertEquals(p, SMALL.read(SMALL.write(p)));
  }

  /** What the lenient reader accepts, it writes canonically: rewriting gives the same bytes. */
  @FuzzTest(maxDuration = "60s")
  void lenientReaderRewritesWhatItReadsByteForByte(byte[] input) {
    KansenJson lenient = KansenJson.lenient();
    Programme p;
    try {
      p = lenient.read(input);
    } catch (KansenJsonException e) {
      return;
    }
    String written = lenient.write(p);
    assertEquals(written, lenient.write(lenient.read(written)));
  }

  /**
   * JSON Lines: every line is a programme or one KansenJsonException with violations, and a bad line
   * never stops the lines after it from being read.
   */
  @FuzzTest(maxDuration = "60s")
  void jsonLinesReaderReturnsProgrammesOrReportsEachBadLine(byte[] input) throws IOException {
    try (ProgrammeIterator lines = SMALL.readLines(new ByteArrayInputStream(input))) {
      int elements = 0;
      while (lines.hasNext()) {
        assertTrue(++elements <= input.length + 1, "more elements than bytes");
        try {
          Programme p = lines.next();
          assertEquals(p, SMALL.read(SMALL.write(p)));
        } catch (KansenJsonException e) {
          assertSoundViolations(e);
        }
      }
    }
  }

  /** A JSON array: programmes, or one KansenJsonException with violations; nothing else. */
  @FuzzTest(maxDuration = "60s")
  void jsonArrayReaderReturnsProgrammesOrReportsViolations(byte[] input) throws IOException {
    try (ProgrammeIterator array = SMALL.readArray(new ByteArrayInputStream(input))) {
      int elements = 0;
      while (array.hasNext()) {
        assertTrue(++elements <= input.length + 1, "more elements than bytes");
        Programme p = array.next();
        assertEquals(p, SMALL.read(SMALL.write(p)));
      }
    } catch (KansenJsonException e) {
      assertSoundViolations(e);
    }
  }

  /**
   * A JSON array held in memory (read by the lean pass until it hands over) gives element by element
   * what reading it as it streams gives: the same programmes, the same violations with their
   * pointers, lines and columns, the same refusal of its start.
   */
  @FuzzTest(maxDuration = "60s")
  void jsonArrayHeldReadsAsStreamed(byte[] input) {
    assertEquals(ArrayLeanPassTest.outcome(SMALL, input, 0), ArrayLeanPassTest.outcome(SMALL, input, Integer.MAX_VALUE - 16));
  }

  /** Read and validate in one call: a report whose findings are all located, or read violations. */
  @FuzzTest(maxDuration = "60s")
  void readValidatedLocatesEveryFindingOrReportsViolations(byte[] input) {
    ValidatedProgramme validated;
    try {
      validated = SMALL.readValidated(input, Validator.standard(), ValidationContext.asOf(LocalDate.of(2024, 3, 1)));
    } catch (KansenJsonException e) {
      assertSoundViolations(e);
      return;
    }
    for (Violation v : validated.report().violations()) {
      assertTrue(v.position().isPresent(), () -> "a finding without a position: " + v);
    }
  }

  private static void assertSoundViolations(KansenJsonException e) {
    assertFalse(e.violations().isEmpty());
    for (Violation v : e.violations()) {
      assertTrue(v.message().length() < 600, v::toString);
    }
  }
}
