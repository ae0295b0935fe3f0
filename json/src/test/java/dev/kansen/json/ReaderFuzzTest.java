package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kansen.model.Programme;
import dev.kansen.validation.Violation;

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
}
