package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.json.internal.DocumentReader;
import dev.kansen.json.internal.JsonFactories;
import dev.kansen.json.internal.StrictUtf8Reader;
import dev.kansen.model.Programme;
import dev.kansen.testing.ProgrammeGenerator;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The adversary's attack on how a stream's failure, checked or unchecked, comes through reading
 * (after every byte before it, never swallowed, never twice) and on the iterator letting go of what
 * it holds at the end of the sequence.
 */
class StreamFailureTest {
  private static final int HELD = Integer.MAX_VALUE - 16;
  private static final KansenJson JSON = KansenJson.strict();
  private static final ValidationContext CONTEXT = ValidationContext.asOf(LocalDate.of(2026, 1, 1));

  /** How a test stream fails. */
  private enum Failure {
    CHECKED, UNCHECKED
  }

  /**
   * The input in pieces of at most {@code piece} bytes, failing at every read once {@code failAt}
   * bytes are out (or at one read only, when it fails once); it counts how often it is closed.
   */
  private static class Failing extends InputStream {
    private final byte[] input;
    private final int piece;
    private int failAt;
    boolean once;
    private final Failure failure;
    private final boolean availableFails;
    private int position;
    int closed;

    Failing(byte[] input, int piece, int failAt, Failure failure, boolean availableFails) {
      this.input = input;
      this.piece = piece;
      this.failAt = failAt;
      this.failure = failure;
      this.availableFails = availableFails;
    }

    Failing(byte[] input, int failAt, Failure failure) {
      this(input, 8192, failAt, failure, false);
    }

    private IOException fail() {
      String message = "failed at byte " + position;
      if (once) {
        failAt = Integer.MAX_VALUE;
      }
      if (failure == Failure.UNCHECKED) {
        throw new IllegalStateException(message);
      }
      return new IOException(message);
    }

    @Override
    public int read() throws IOException {
      if (position >= failAt) {
        throw fail();
      }
      return position == input.length ? -1 : input[position++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (position >= failAt) {
        throw fail();
      }
      if (position == input.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, piece), Math.min(input.length, failAt) - position);
      System.arraycopy(input, position, b, off, n);
      position += n;
      return n;
    }

    @Override
    public int available() throws IOException {
      if (availableFails) {
        if (failure == Failure.UNCHECKED) {
          throw new UnsupportedOperationException("no hint");
        }
        throw new IOException("no hint");
      }
      return 0;
    }

    @Override
    public void close() {
      closed++;
    }
  }

  private static List<String> elements(int count, int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> elements = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      elements.add(JSON.writeCompact(CanonicalUnknowns.without(ProgrammeGenerator.programme(random.split(), 2))));
    }
    return elements;
  }

  private static byte[] array(List<String> elements) {
    return ("[" + String.join(",", elements) + "]").getBytes(StandardCharsets.UTF_8);
  }

  /** What reading an array from a stream gives: its elements, then how it failed. */
  private static List<Object> outcome(InputStream in, int bound) {
    List<Object> outcome = new ArrayList<>();
    ProgrammeIterator array;
    try {
      array = JSON.readArray(in, bound);
    } catch (IOException | RuntimeException e) {
      outcome.add("at the start: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      return outcome;
    }
    try (array) {
      ArrayLeanPassTest.addElements(array, outcome);
    } catch (UncheckedIOException e) {
      outcome.add("IOException: " + e.getCause().getMessage());
    } catch (IllegalStateException e) {
      outcome.add("IllegalStateException: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return outcome;
  }

  /** @return the outcome with each programme shown by its id, short enough for a message */
  private static List<Object> shown(List<Object> outcome) {
    return outcome.stream().map(o -> o instanceof Programme p ? (Object) ("programme " + p.id()) : o).toList();
  }

  /**
   * Every element whose last byte came before the stream's failure is given, then the failure,
   * held and streamed alike, also when that last byte is one of the few the reader of UTF-8 has
   * not yet decoded when Jackson's read of 4000 characters is full: a failure kept after a buffer's
   * bytes must not be thrown while some of them are still to be decoded.
   */
  @Test
  void anElementEndingJustBeforeTheFailureIsGivenWhereverTheReaderStands() {
    // the shortest first, so that one ends before the first target
    List<String> elements = elements(8, 41).stream().sorted(java.util.Comparator.comparingInt(String::length)).toList();
    List<Programme> programmes = elements.stream().map(JSON::read).toList();
    String plain = new String(array(elements), StandardCharsets.UTF_8);
    // the character offset after each element's last character, without padding
    int[] ends = new int[elements.size()];
    int offset = 1;
    for (int i = 0; i < elements.size(); i++) {
      offset += elements.get(i).length();
      ends[i] = offset;
      offset++;
    }
    assertTrue(ends[0] < 3999 && offset > 8004, "an element ends before the first target, and the array is long"
        + " enough to cross two of Jackson's reads: " + ends[0] + ", " + offset);
    for (int target : new int[] {3999, 4000, 4001, 4002, 4003, 4004, 7999, 8000, 8001, 8002, 8003, 8004}) {
      int element = 0;
      while (element + 1 < ends.length && ends[element + 1] <= target) {
        element++;
      }
      // spaces before the first element put the end of this one at the target's character
      String padded = "[" + " ".repeat(target - ends[element]) + plain.substring(1);
      byte[] input = padded.getBytes(StandardCharsets.UTF_8);
      int failAt = padded.substring(0, target).getBytes(StandardCharsets.UTF_8).length;
      for (Failure failure : Failure.values()) {
        List<Object> expected = new ArrayList<>(programmes.subList(0, element + 1));
        expected.add((failure == Failure.CHECKED ? "IOException" : "IllegalStateException") + ": failed at byte " + failAt);
        for (int bound : new int[] {0, HELD}) {
          List<Object> read = outcome(new Failing(input, failAt, failure), bound);
          assertEquals(shown(expected), shown(read), failure + ", bound " + bound + ", element " + element
              + " ending at character " + target);
          assertEquals(expected, read);
        }
      }
    }
  }

  /**
   * A stream that fails after handing out an element in small pieces still gives that element
   * first, and then its failure as it is, checked or unchecked, held and streamed: a failure while
   * a buffer is being filled must not drop the bytes already in it.
   */
  @Test
  void aStreamThatFailsInSmallPiecesGivesTheElementsBeforeTheFailure() {
    List<String> elements = elements(2, 19);
    byte[] input = array(elements);
    int failAt = elements.get(0).length() + 10;
    for (Failure failure : Failure.values()) {
      for (int piece : new int[] {1, 7, 8192}) {
        for (int bound : new int[] {0, HELD}) {
          List<Object> read = outcome(new Failing(input, piece, failAt, failure, false), bound);
          String what = failure + ", pieces of " + piece + ", bound " + bound;
          assertEquals(2, read.size(), () -> what + ": " + shown(read));
          assertEquals(JSON.read(elements.get(0)), read.get(0), what);
          assertEquals((failure == Failure.CHECKED ? "IOException" : "IllegalStateException") + ": failed at byte "
              + failAt, read.get(1), what);
        }
      }
    }
  }

  /**
   * The reader of UTF-8 hands out every character before a failure, also the few left in its buffer
   * when the reader asks for fewer characters than it holds.
   */
  @Test
  void theUtf8ReaderHandsOutEveryCharacterBeforeAFailure() throws IOException {
    for (Failure failure : Failure.values()) {
      for (int length : new int[] {4001, 4002, 4003, 8001, 8190, 8192, 8193, 8195}) {
        byte[] input = "a".repeat(length).getBytes(StandardCharsets.UTF_8);
        StrictUtf8Reader reader = new StrictUtf8Reader(new Failing(input, length, failure));
        char[] chars = new char[4000];
        int read = 0;
        Exception thrown = null;
        try {
          for (int n = reader.read(chars, 0, chars.length); n >= 0; n = reader.read(chars, 0, chars.length)) {
            read += n;
          }
        } catch (IOException | IllegalStateException e) {
          thrown = e;
        }
        assertEquals(length, read, failure + ", " + length + " bytes");
        assertEquals("failed at byte " + length, thrown == null ? null : thrown.getMessage());
      }
    }
  }

  /**
   * What a stream says it holds is a hint, whether asking fails checked or unchecked: the reads tell.
   */
  @Test
  void aStreamWhoseAvailableFailsUncheckedIsReadAsOneWhoseAvailableFailsChecked() throws IOException {
    List<String> elements = elements(3, 43);
    byte[] input = array(elements);
    List<Object> expected = new ArrayList<>(elements.stream().map(JSON::read).toList());
    byte[] document = elements.get(0).getBytes(StandardCharsets.UTF_8);
    for (Failure failure : Failure.values()) {
      for (int bound : new int[] {0, HELD}) {
        assertEquals(shown(expected), shown(outcome(new Failing(input, 8192, Integer.MAX_VALUE, failure, true), bound)),
            failure + ", bound " + bound);
      }
      assertEquals(JSON.read(elements.get(0)), JSON.read(new Failing(document, 8192, Integer.MAX_VALUE, failure, true)));
      assertEquals(JSON.read(elements.get(0)), JSON.readValidated(new Failing(document, 8192, Integer.MAX_VALUE, failure,
          true), Validator.standard(), CONTEXT).programme());
    }
  }

  /** An {@code Error} is no failure of the stream to keep: it comes through at once, held and streamed. */
  @Test
  void anErrorComesThroughAtOnce() {
    List<String> elements = elements(2, 47);
    byte[] input = array(elements);
    int failAt = elements.get(0).length() + 10;
    for (int bound : new int[] {0, HELD}) {
      InternalError error = new InternalError("the stream's error");
      InputStream in = new Failing(input, 8192, failAt, Failure.CHECKED, false) {
        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          int n = super.read(b, off, len);
          if (n >= 0 && len > n) {
            throw error;
          }
          return n;
        }
      };
      assertSame(error, assertThrows(InternalError.class, () -> JSON.readArray(in, bound)), "bound " + bound);
    }
  }

  /** A resource that counts how often it is closed. */
  private static final class Counted implements AutoCloseable {
    int closed;

    @Override
    public void close() {
      closed++;
    }
  }

  /**
   * The iterator keeps its contract when it lets go at the end: an element after which it cannot go
   * on, a programme or a failure, is still given after the resource is let go of; asking twice does
   * not read twice; next() after the end says there is none; the resource is closed once, whenever
   * close() comes.
   */
  @Test
  void theIteratorKeepsItsContractWhenItLetsGoAtTheEnd() throws IOException {
    Programme programme = JSON.read(elements(1, 53).get(0));
    KansenJsonException refused = assertThrows(KansenJsonException.class, () -> JSON.read("{}"));
    for (DocumentReader.Element last : List.of(new DocumentReader.Element(programme, null, false),
        new DocumentReader.Element(null, refused, false))) {
      Counted resource = new Counted();
      int[] asked = {0};
      ProgrammeIterator it = new ProgrammeIterator(() -> {
        asked[0]++;
        if (asked[0] > 1) {
          throw new AssertionError("read on after an element after which it cannot go on");
        }
        return last;
      }, resource);
      assertTrue(it.hasNext());
      assertTrue(it.hasNext());
      assertEquals(1, resource.closed, "let go of once the last element is read");
      if (last.programme() != null) {
        assertSame(programme, it.next());
      } else {
        assertSame(refused, assertThrows(KansenJsonException.class, it::next));
      }
      assertFalse(it.hasNext());
      assertThrows(NoSuchElementException.class, it::next);
      it.close();
      it.close();
      assertEquals(1, resource.closed);
    }
    // closed before the end: let go of once, and nothing more is read
    Counted resource = new Counted();
    ProgrammeIterator it = new ProgrammeIterator(() -> new DocumentReader.Element(programme, null, true), resource);
    assertTrue(it.hasNext());
    it.close();
    assertFalse(it.hasNext());
    assertThrows(NoSuchElementException.class, it::next);
    it.close();
    assertEquals(1, resource.closed);
  }

  /**
   * Content after an array ends it with a failure after which reading cannot go on: that failure is
   * given after the array is let go of, held (handed over) and streamed alike, and the caller's
   * stream is never closed, for arrays and JSON Lines.
   */
  @Test
  void theLastFailureOfAnArrayIsGivenAfterItIsLetGoOfAndTheStreamStaysOpen() throws IOException {
    List<String> elements = elements(2, 59);
    byte[] input = (new String(array(elements), StandardCharsets.UTF_8) + " x").getBytes(StandardCharsets.UTF_8);
    List<Object> held = null;
    for (int bound : new int[] {0, HELD}) {
      Failing in = new Failing(input, Integer.MAX_VALUE, Failure.CHECKED);
      List<Object> read = new ArrayList<>();
      try (ProgrammeIterator array = JSON.readArray(in, bound)) {
        while (array.hasNext()) {
          try {
            read.add(array.next());
          } catch (KansenJsonException e) {
            read.add(e.violations().get(0).code() + " " + e.violations().get(0).position());
          }
        }
        assertFalse(array.hasNext());
        assertThrows(NoSuchElementException.class, array::next);
      }
      assertEquals(0, in.closed, "bound " + bound);
      assertEquals(3, read.size(), read::toString);
      assertTrue(((String) read.get(2)).startsWith("TRAILING_CONTENT"), read::toString);
      if (held != null) {
        assertEquals(held, read);
      }
      held = read;
    }
    byte[] lines = String.join("\n", elements).getBytes(StandardCharsets.UTF_8);
    Failing in = new Failing(lines, 8192, Integer.MAX_VALUE, Failure.CHECKED, true);
    try (ProgrammeIterator read = JSON.readLines(in)) {
      assertEquals(JSON.read(elements.get(0)), read.next());
      assertEquals(JSON.read(elements.get(1)), read.next());
      assertFalse(read.hasNext());
      assertFalse(read.hasNext());
    }
    assertEquals(0, in.closed);
  }

  /**
   * A failure ends the sequence, checked or unchecked alike, held and streamed: asking again
   * afterwards says there is nothing more, rather than throwing the failure a second time (held) or
   * reading on from the middle of an element as if a new one started there (streamed), even from a
   * stream that would hand out more after failing once.
   */
  @Test
  void aFailureEndsTheSequenceCheckedOrUnchecked() throws IOException {
    List<String> elements = elements(2, 61);
    byte[] input = array(elements);
    int failAt = elements.get(0).length() + 10;
    for (Failure failure : Failure.values()) {
      for (boolean once : new boolean[] {false, true}) {
        for (int bound : new int[] {0, HELD}) {
          Failing in = new Failing(input, failAt, failure);
          in.once = once;
          try (ProgrammeIterator array = JSON.readArray(in, bound)) {
            assertEquals(JSON.read(elements.get(0)), array.next());
            RuntimeException thrown = assertThrows(RuntimeException.class, array::hasNext);
            assertEquals(failure == Failure.CHECKED ? UncheckedIOException.class : IllegalStateException.class,
                thrown.getClass());
            String what = failure + (once ? ", failing once" : "") + ", bound " + bound;
            assertFalse(assertDoesNotThrow(array::hasNext, what), what);
            assertThrows(NoSuchElementException.class, array::next, what);
          }
        }
        // JSON Lines alike: the line being read when the stream failed is not read on as a new one
        byte[] lines = String.join("\n", elements).getBytes(StandardCharsets.UTF_8);
        Failing in = new Failing(lines, failAt, failure);
        in.once = once;
        try (ProgrammeIterator read = JSON.readLines(in)) {
          assertEquals(JSON.read(elements.get(0)), read.next());
          assertThrows(RuntimeException.class, read::hasNext);
          String what = failure + (once ? ", failing once" : "") + ", lines";
          assertFalse(assertDoesNotThrow(read::hasNext, what), what);
        }
      }
    }
  }

  /**
   * An array that the lean pass hands over at its end (content after it) lets go of its bytes and of
   * the reading handed over to once that last failure is read, and still gives the failure.
   */
  @Test
  void anArrayHandedOverAtItsEndLetsGoOfItsBytesAndStillGivesTheFailure() throws IOException {
    List<String> elements = elements(2, 71);
    byte[] input = (new String(array(elements), StandardCharsets.UTF_8) + " x").getBytes(StandardCharsets.UTF_8);
    JsonFactories.Limits limits = new JsonFactories.Limits(64, 1_000_000, 100, 16L * 1024 * 1024);
    DocumentReader reader = new DocumentReader(false, 100);
    LeanArray lean = LeanArray.start(input, JsonFactories.lean(limits, -1), reader, limits.maxDocumentLength(),
        () -> StreamedArray.start(JsonFactories.unpooled(limits, -1), reader, limits.maxDocumentLength(),
            new ByteArrayInputStream(input)));
    ProgrammeIterator array = new ProgrammeIterator(lean, lean);
    assertEquals(JSON.read(elements.get(0)), array.next());
    assertEquals(JSON.read(elements.get(1)), array.next());
    assertTrue(lean.holdsBytes());
    assertTrue(array.hasNext());
    assertTrue(lean.handedOver());
    assertFalse(lean.holdsBytes(), "let go of once the failure after which it cannot go on is read");
    KansenJsonException trailing = assertThrows(KansenJsonException.class, array::next);
    assertEquals("TRAILING_CONTENT", trailing.violations().get(0).code());
    assertFalse(array.hasNext());
    array.close();
    array.close();
  }

  /**
   * A document read from a stream that fails unchecked after its bytes: read and readValidated
   * throw the stream's own exception, under the size held in memory and over it.
   */
  @Test
  void aDocumentsUncheckedFailureComesThroughAsItIsFromReadAndReadValidated() {
    String document = elements(1, 67).get(0);
    // an unfinished document: its object is still open when the stream fails
    String open = document.substring(0, document.length() - 1);
    for (String text : new String[] {"", open, open + " ".repeat(DocumentReading.BUFFERED + 10)}) {
      byte[] input = text.getBytes(StandardCharsets.UTF_8);
      IllegalStateException read = assertThrows(IllegalStateException.class,
          () -> JSON.read(new Failing(input, input.length, Failure.UNCHECKED)));
      assertEquals("failed at byte " + input.length, read.getMessage());
      IllegalStateException validated = assertThrows(IllegalStateException.class,
          () -> JSON.readValidated(new Failing(input, input.length, Failure.UNCHECKED),
              Validator.standard(), CONTEXT));
      assertEquals(read.getMessage(), validated.getMessage());
    }
    // a stream that fails at its first read: the exception itself, from readArray, held and streamed
    for (int bound : new int[] {0, HELD}) {
      IllegalStateException array = assertThrows(IllegalStateException.class,
          () -> JSON.readArray(new Failing(new byte[0], 0, Failure.UNCHECKED), bound));
      assertEquals("failed at byte 0", array.getMessage());
    }
  }
}
