package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kansen.model.Programme;
import dev.kansen.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each element of a JSON array is limited like a single document, nesting included: the array's
 * own level does not count against its elements, so whatever {@code read} and {@code writeArray}
 * take, {@code readArray} takes too, held in memory or read as it streams, and an element one
 * level too deep is refused with the message a single document would get.
 */
class ArrayElementNestingTest {
  private static final String HEAD = "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"title\":\"T\",\"alliance\":{\"name\":\"A\"},"
      + "\"period\":{\"start\":\"2020-01-01\",\"end\":\"2020-12-31\"}";
  private static final KansenJson JSON = KansenJson.builder().lenient(true).maxNestingDepth(16).build();

  /** A programme whose kept value makes it {@code depth} levels deep, the programme's object the first. */
  private static String nested(int depth) {
    int arrays = depth - 1;
    return HEAD + ",\"x-deep\":" + "[".repeat(arrays) + "]".repeat(arrays) + "}";
  }

  private static byte[] array(String... elements) {
    return ("[" + String.join(",", elements) + "]").getBytes(StandardCharsets.UTF_8);
  }

  /** Hands out a byte at a time, so that the array is read as it streams, not held. */
  private static InputStream trickle(byte[] bytes) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1));
      }
    };
  }

  /** @return each element: a programme's title, or its violations' codes and messages */
  private static List<String> outcomes(InputStream in) throws IOException {
    List<String> outcomes = new ArrayList<>();
    try (ProgrammeIterator it = JSON.readArray(in)) {
      while (it.hasNext()) {
        try {
          outcomes.add(it.next().title());
        } catch (KansenJsonException e) {
          outcomes.add(e.violations().stream().map(v -> v.code() + " " + v.message()).toList().toString());
        }
      }
    }
    return outcomes;
  }

  @Test
  void anElementAsDeepAsTheLimitReadsAsTheDocumentAloneDoes() throws IOException {
    String atLimit = nested(16);
    assertEquals("T", JSON.read(atLimit).title());
    byte[] bytes = array(atLimit, atLimit);
    assertEquals(List.of("T", "T"), outcomes(new ByteArrayInputStream(bytes)));
    assertEquals(List.of("T", "T"), outcomes(trickle(bytes)));
  }

  @Test
  void whatWriteArrayWritesReadArrayReadsBack() throws IOException {
    Programme deep = JSON.read(nested(16));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ProgrammeSequenceWriter writer = JSON.writeArray(out)) {
      writer.write(deep);
      writer.write(deep);
    }
    List<Programme> back = new ArrayList<>();
    try (ProgrammeIterator it = JSON.readArray(new ByteArrayInputStream(out.toByteArray()))) {
      it.forEachRemaining(back::add);
    }
    assertEquals(List.of(deep, deep), back);
  }

  @Test
  void anElementOneLevelTooDeepIsRefusedAsTheDocumentAloneIs() throws IOException {
    String over = nested(17);
    KansenJsonException alone = assertThrows(KansenJsonException.class, () -> JSON.read(over));
    Violation expected = alone.violations().get(0);
    assertEquals("NESTING_TOO_DEEP", expected.code());
    String refused = List.of(expected.code() + " " + expected.message()).toString();
    // a limit ends the reading of the array at the element beyond it, as it ends a document's
    byte[] bytes = array(nested(16), over, nested(16));
    assertEquals(List.of("T", refused), outcomes(new ByteArrayInputStream(bytes)));
    assertEquals(List.of("T", refused), outcomes(trickle(bytes)));
  }
}
