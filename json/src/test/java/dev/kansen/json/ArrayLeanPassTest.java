package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.json.internal.DocumentReader;
import dev.kansen.json.internal.JsonFactories;
import dev.kansen.model.Programme;
import dev.kansen.testing.ProgrammeGenerator;
import dev.kansen.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The adversary's attack on the lean pass of {@code readArray}: an array held in memory gives,
 * element by element, exactly the programmes and the violations (codes, pointers, lines, columns)
 * that reading it as it streams gives, whatever is wrong with it and wherever, and the lean pass
 * really reads the arrays it can.
 */
class ArrayLeanPassTest {
  private static final int HELD = Integer.MAX_VALUE - 16;

  /**
   * What reading an array gives: per element a programme or violations, or the refusal of its start.
   *
   * @param bound the most bytes held in memory: 0 reads the array as it streams
   */
  static List<Object> outcome(KansenJson json, byte[] input, int bound) {
    return outcome(json, new ByteArrayInputStream(input), bound);
  }

  /** As {@link #outcome(KansenJson, byte[], int)}, from a stream. */
  private static List<Object> outcome(KansenJson json, InputStream in, int bound) {
    List<Object> outcome = new ArrayList<>();
    try (ProgrammeIterator array = json.readArray(in, bound)) {
      addElements(array, outcome);
    } catch (KansenJsonException e) {
      outcome.add("refused at the start");
      outcome.add(e.violations());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return outcome;
  }

  /** Adds each element the iterator gives to the outcome: a programme, or the violations of one it cannot read. */
  static void addElements(ProgrammeIterator array, List<Object> outcome) {
    while (array.hasNext()) {
      try {
        outcome.add(array.next());
      } catch (KansenJsonException e) {
        outcome.add(e.violations());
      }
    }
  }

  /** @return the outcome of the lean pass, checked to be that of reading the array as it streams */
  private static List<Object> alike(KansenJson json, byte[] input) {
    List<Object> held = outcome(json, input, HELD);
    assertEquals(outcome(json, input, 0), held, () -> shown(input));
    return held;
  }

  private static String shown(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    return text.length() > 400 ? text.substring(0, 400) + "..." : text;
  }

  private static byte[] array(List<String> elements, String separator) {
    return ("[" + String.join("," + separator, elements) + "]").getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> generated(KansenJson json, SplittableRandom random, int count, boolean pretty) {
    List<String> elements = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Programme generated = ProgrammeGenerator.programme(random.split(), 2);
      Programme p = json.isLenient() ? generated : CanonicalUnknowns.without(generated);
      elements.add(pretty ? json.write(p) : json.writeCompact(p));
    }
    return elements;
  }

  @Test
  void theLeanPassReadsAValidArrayWithoutHandingOver() throws IOException {
    KansenJson json = KansenJson.strict();
    List<String> elements = generated(json, new SplittableRandom(1), 3, false);
    byte[] input = array(elements, "\n");
    JsonFactories.Limits limits = new JsonFactories.Limits(64, 1_000_000, 100, 16L * 1024 * 1024);
    DocumentReader reader = new DocumentReader(false, 100);
    LeanArray lean = LeanArray.start(input, JsonFactories.lean(limits, -1), reader, limits.maxDocumentLength(),
        () -> { throw new AssertionError("handed over"); });
    List<Programme> read = new ArrayList<>();
    try (lean) {
      for (DocumentReader.Element e = lean.next(); !e.isEnd(); e = lean.next()) {
        read.add(e.programme());
      }
      assertFalse(lean.handedOver());
    }
    assertEquals(elements.stream().map(json::read).toList(), read);
  }

  /**
   * However many elements an array has that the lean pass does not take, it hands over once, and
   * the diagnostic reading reads the bytes once: the work stays linear in the input.
   */
  @Test
  void manyRefusedElementsHandOverOnceAndAreReadOnceMore() throws IOException {
    KansenJson json = KansenJson.strict();
    String valid = generated(json, new SplittableRandom(23), 1, false).get(0);
    List<String> elements = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      elements.add(i % 2 == 0 ? valid : "{\"id\":" + i + "}");
    }
    byte[] input = array(elements, "\n");
    JsonFactories.Limits limits = new JsonFactories.Limits(64, 1_000_000, 100, 16L * 1024 * 1024);
    DocumentReader reader = new DocumentReader(false, 100);
    int[] starts = {0};
    long[] read = {0};
    LeanArray lean = LeanArray.start(input, JsonFactories.lean(limits, -1), reader, limits.maxDocumentLength(), () -> {
      starts[0]++;
      return StreamedArray.start(JsonFactories.unpooled(limits, -1), reader, limits.maxDocumentLength(),
          new ByteArrayInputStream(input) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
              int n = super.read(b, off, len);
              read[0] += Math.max(n, 0);
              return n;
            }
          });
    });
    int programmes = 0;
    int refused = 0;
    try (lean) {
      for (DocumentReader.Element e = lean.next(); !e.isEnd(); e = lean.next()) {
        if (e.programme() != null) {
          programmes++;
        } else {
          refused++;
        }
      }
    }
    assertEquals(100, programmes);
    assertEquals(100, refused);
    assertEquals(1, starts[0]);
    assertEquals(input.length, read[0]);
  }

  @Test
  void generatedArraysReadAlikeHeldAndStreamed() {
    SplittableRandom random = new SplittableRandom(20261129L);
    for (int i = 0; i < 40; i++) {
      KansenJson json = i % 2 == 0 ? KansenJson.strict() : KansenJson.lenient();
      List<String> elements = generated(json, random, i % 5, i % 4 < 2);
      List<Object> read = alike(json, array(elements, i % 3 == 0 ? "" : "\n  "));
      assertEquals(elements.size(), read.size());
      read.forEach(r -> assertTrue(r instanceof Programme, () -> "refused: " + r));
    }
  }

  /**
   * Every document of the negative corpus, alone, as an element alone and as the middle one of
   * three, is refused alike, and the elements around it are read alike.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.kansen.json.TextAndStreamReadsTest#cases")
  void aRefusedDocumentAsAnElementIsRefusedAlikeHeldAndStreamed(NegativeCase c) throws IOException {
    KansenJson json = c.reader();
    byte[] document = c.bytes();
    String valid = generated(json, new SplittableRandom(7), 1, false).get(0);
    alike(json, document);
    alike(json, concat("[".getBytes(StandardCharsets.UTF_8), document, "]".getBytes(StandardCharsets.UTF_8)));
    List<Object> middle = alike(json, concat(("[" + valid + ",\n").getBytes(StandardCharsets.UTF_8), document,
        (",\n" + valid + "]").getBytes(StandardCharsets.UTF_8)));
    assertTrue(middle.get(0) instanceof Programme, () -> "the first element refused: " + middle.get(0));
  }

  private static byte[] concat(byte[]... parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.write(part);
    }
    return out.toByteArray();
  }

  /**
   * Arrays damaged at random places (a byte changed, removed or put in, from the characters that
   * matter to JSON and to UTF-8, or the array cut short) give alike held and streamed.
   */
  @Test
  void damagedArraysReadAlikeHeldAndStreamed() {
    byte[] inserted = "{}[],:\"\\ \n\t0-.eE9aé\u00ff".getBytes(StandardCharsets.UTF_8);
    byte[] raw = {(byte) 0xC3, (byte) 0x80, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80, 0, 0x7F};
    SplittableRandom random = new SplittableRandom(42);
    int differentOutcomes = 0;
    for (int i = 0; i < 600; i++) {
      KansenJson json = i % 3 == 0 ? KansenJson.lenient() : KansenJson.strict();
      byte[] input = array(generated(json, random, 3, i % 2 == 0), i % 2 == 0 ? "\n" : "");
      int at = random.nextInt(input.length);
      byte[] damaged = switch (random.nextInt(5)) {
        case 0 -> replaced(input, at, inserted[random.nextInt(inserted.length)]);
        case 1 -> replaced(input, at, raw[random.nextInt(raw.length)]);
        case 2 -> removed(input, at);
        case 3 -> put(input, at, inserted[random.nextInt(inserted.length)]);
        default -> Arrays.copyOf(input, at);
      };
      List<Object> read = alike(json, damaged);
      if (read.stream().filter(Programme.class::isInstance).count() != 3) {
        differentOutcomes++;
      }
    }
    // the damage reaches the readers: most damaged arrays are not three programmes
    int refused = differentOutcomes;
    assertTrue(refused > 300, () -> "only " + refused + " of 600 damaged arrays not three programmes");
  }

  private static byte[] replaced(byte[] input, int at, byte b) {
    byte[] copy = input.clone();
    copy[at] = b;
    return copy;
  }

  private static byte[] removed(byte[] input, int at) {
    byte[] copy = new byte[input.length - 1];
    System.arraycopy(input, 0, copy, 0, at);
    System.arraycopy(input, at + 1, copy, at, input.length - at - 1);
    return copy;
  }

  private static byte[] put(byte[] input, int at, byte b) {
    byte[] copy = new byte[input.length + 1];
    System.arraycopy(input, 0, copy, 0, at);
    copy[at] = b;
    System.arraycopy(input, at, copy, at + 1, input.length - at);
    return copy;
  }

  /**
   * The limit of one element counts characters: an element of exactly the limit with letters of two
   * bytes (more bytes than the limit) is read, one character more is too large, and the next read.
   */
  @Test
  void anElementIsLimitedInCharactersNotBytes() {
    String valid = generated(KansenJson.strict(), new SplittableRandom(13), 1, false).get(0);
    String element = valid.replaceFirst("\"title\":\"", "\"title\":\"é");
    KansenJson exact = KansenJson.builder().maxDocumentLength(element.length()).build();
    assertTrue(element.getBytes(StandardCharsets.UTF_8).length > element.length());
    byte[] input = array(List.of(element, element.replaceFirst("é", "éé"), element), " ");
    List<Object> read = alike(exact, input);
    assertEquals(3, read.size());
    assertTrue(read.get(0) instanceof Programme, () -> "refused: " + read.get(0));
    @SuppressWarnings("unchecked")
    List<Violation> tooLarge = (List<Violation>) read.get(1);
    assertEquals("INPUT_TOO_LARGE", tooLarge.get(0).code());
    assertTrue(read.get(2) instanceof Programme, () -> "refused: " + read.get(2));
  }

  /**
   * Names and strings of one character either side of their limits, in letters of one to four
   * bytes and in escapes, followed by an element that makes the lean pass hand over: whatever the
   * lean pass took, the diagnostic reading takes too.
   */
  @Test
  void namesAndStringsAtTheirLimitsReadAlike() {
    KansenJson json = KansenJson.builder().lenient(true).maxStringLength(1000).build();
    String valid = generated(json, new SplittableRandom(29), 1, false).get(0);
    for (String unit : List.of("a", "é", "😀", "\\u00e9", "\\ud83d\\ude00")) {
      int width = unit.equals("😀") || unit.startsWith("\\ud83d") ? 2 : 1;
      for (int length = 998; length <= 1001; length++) {
        String text = unit.repeat(length / width);
        for (String element : List.of(valid.replaceFirst("\\{", "{\"" + text + "\":1,"),
            valid.replaceFirst("\\{", "{\"x\":\"" + text + "\","),
            valid.replaceFirst("\"title\":\"[^\"]*\"", "\"title\":\"" + text + "\""))) {
          alike(json, array(List.of(valid, element, "{}"), ""));
        }
      }
    }
  }

  /** An element of exactly the limit in characters of four bytes (two characters each) is read, one more is not. */
  @Test
  void anElementOfFourByteCharactersIsLimitedInCharacters() {
    String valid = generated(KansenJson.strict(), new SplittableRandom(31), 1, false).get(0);
    String element = valid.replaceFirst("\"title\":\"", "\"title\":\"" + "😀".repeat(300));
    for (int d = -1; d <= 1; d++) {
      KansenJson exact = KansenJson.builder().maxDocumentLength(element.length() + d).build();
      List<Object> read = alike(exact, array(List.of(element, element, "{}"), ""));
      assertEquals(d >= 0, read.get(0) instanceof Programme, () -> "limit " + (element.length()) + ": " + read.get(0));
    }
  }

  @Test
  void escapedSurrogatesReadAlikeHeldAndStreamed() {
    KansenJson json = KansenJson.strict();
    String valid = generated(json, new SplittableRandom(3), 1, false).get(0);
    String pair = valid.replaceFirst("\"title\":\"", "\"title\":\"\\\\ud83d\\\\ude00 ");
    String lone = valid.replaceFirst("\"title\":\"", "\"title\":\"\\\\ud83d ");
    List<Object> read = alike(json, array(List.of(pair, lone, valid), ""));
    assertTrue(read.get(0) instanceof Programme, () -> "a pair refused: " + read.get(0));
    assertTrue(read.get(1) instanceof List<?>, "a lone half read");
    assertTrue(read.get(2) instanceof Programme);
  }

  @Test
  void anArrayAfterAByteOrderMarkOrWithContentAfterItReadsAlike() {
    KansenJson json = KansenJson.strict();
    String valid = generated(json, new SplittableRandom(5), 1, false).get(0);
    alike(json, ("\uFEFF[" + valid + "]").getBytes(StandardCharsets.UTF_8));
    alike(json, ("[" + valid + "] x").getBytes(StandardCharsets.UTF_8));
    alike(json, ("[" + valid + "][]").getBytes(StandardCharsets.UTF_8));
    alike(json, ("[" + valid + ",]").getBytes(StandardCharsets.UTF_8));
    alike(json, ("[" + valid + " " + valid + "]").getBytes(StandardCharsets.UTF_8));
    alike(json, ("[" + valid + ", 1, \"x\", null, []]").getBytes(StandardCharsets.UTF_8));
    alike(json, "[]".getBytes(StandardCharsets.UTF_8));
    alike(json, new byte[0]);
    alike(json, "{}".getBytes(StandardCharsets.UTF_8));
  }

  /** Nesting beyond the limit inside an element counts the array's own level, held as streamed. */
  @Test
  void nestingBeyondTheLimitInAnElementIsRefusedAlike() {
    KansenJson json = KansenJson.builder().lenient(true).maxNestingDepth(16).build();
    String valid = generated(json, new SplittableRandom(9), 1, false).get(0);
    for (int depth = 12; depth < 16; depth++) {
      String nested = "[".repeat(depth) + "1" + "]".repeat(depth);
      String deep = valid.replaceFirst("\"title\":", "\"x\":" + nested + ",\"title\":");
      List<Object> read = alike(json, array(List.of(valid, deep, valid), ""));
      assertTrue(read.get(0) instanceof Programme);
    }
  }

  /** A document with every property, pretty printed: its strings lie at many places of a parser's buffers. */
  private static String everyProperty() {
    return new String(TestResources.bytes(TestResources.resources("golden").resolve("every-property.json")),
        StandardCharsets.UTF_8);
  }

  /**
   * Makes this thread's pooled parser buffers as large as Jackson makes them, as reading any long
   * string does: Jackson checks a string's length only as its buffers fill.
   */
  private static void growThePooledBuffers() {
    KansenJson.lenient().read(everyProperty().replaceFirst("\"title\": \"", "\"title\": \"" + "w".repeat(60_000))
        .getBytes(StandardCharsets.UTF_8));
  }

  /**
   * An amount written as a text longer than the string limit, which Jackson does not refuse from a
   * buffer large enough to hold it, is not taken by the lean pass: the diagnostic pass refuses it
   * where the text crosses the end of a piece of input, so the lean pass that took it made the
   * hand-over at the next element throw IllegalStateException.
   */
  @Test
  void anAmountTextOverTheStringLimitIsLeftToTheDiagnosticPass() {
    KansenJson json = KansenJson.builder().maxStringLength(1000).maxNumberLength(5000).build();
    for (int digits = 998; digits <= 1000; digits++) {
      String amount = "1" + "0".repeat(digits - 1) + ".00";
      String element = everyProperty().replaceFirst("\"amount\": \"12500.50\"", "\"amount\": \"" + amount + "\"");
      growThePooledBuffers();
      List<Object> read = alike(json, array(List.of(element, "{}"), "\n"));
      // the text crosses the end of the parser's first piece of input, where Jackson checks its length
      @SuppressWarnings("unchecked")
      List<Violation> tooLong = (List<Violation>) read.get(0);
      assertEquals("STRING_TOO_LONG", tooLong.get(0).code());
    }
  }

  /**
   * An amount written as a text longer than the string limit is refused as a text of that length
   * is, wherever it lies: Jackson does not check a text it hands out from its piece of input, and
   * the amount is read from there without a {@code String}.
   */
  @Test
  void anAmountTextOverTheStringLimitIsRefusedAsATextIs() {
    KansenJson json = KansenJson.builder().maxStringLength(1000).maxNumberLength(5000).build();
    for (int n = 1001; n <= 3000; n += 7) {
      int length = n;
      String amount = "1" + "0".repeat(length - 4) + ".00";
      String title = "t".repeat(length);
      byte[] withAmount = everyProperty().replaceFirst("\"amount\": \"12500.50\"", "\"amount\": \"" + amount + "\"")
          .getBytes(StandardCharsets.UTF_8);
      byte[] withTitle = everyProperty().replaceFirst("\"title\": \"[^\"]*\"", "\"title\": \"" + title + "\"")
          .getBytes(StandardCharsets.UTF_8);
      for (byte[] input : List.of(withAmount, withTitle)) {
        KansenJsonException refused = assertThrows(KansenJsonException.class, () -> json.read(input));
        assertEquals("STRING_TOO_LONG", refused.violations().get(0).code(), () -> length + ": " + refused.violations());
        @SuppressWarnings("unchecked")
        List<Violation> asElement = (List<Violation>) alike(json, array(List.of(new String(input, StandardCharsets.UTF_8)), "")).get(0);
        assertEquals("STRING_TOO_LONG", asElement.get(0).code(), () -> "as an element, " + length + ": " + asElement);
      }
    }
  }

  /**
   * Where Jackson finds a string too long, and so the length it names, depends on the buffers it
   * was given: the reading as it streams takes new ones, as the hand-over does, not the thread's
   * pooled ones, which are as large as the longest string the thread read before.
   */
  @Test
  void whatTheThreadReadBeforeChangesNoArrayReading() {
    KansenJson json = KansenJson.builder().maxStringLength(1000).build();
    for (String property : List.of("title", "description", "name", "evidenceSource")) {
      for (int length : new int[] {1001, 2961, 5000}) {
        String element = everyProperty().replaceFirst("\"" + property + "\": \"", "\"" + property + "\": \"" + "t".repeat(length));
        byte[] input = array(List.of(element), "");
        growThePooledBuffers();
        List<Object> streamed = outcome(json, input, 0);
        growThePooledBuffers();
        assertEquals(streamed, outcome(json, input, HELD), property + " of " + length);
        @SuppressWarnings("unchecked")
        List<Violation> tooLong = (List<Violation>) streamed.get(0);
        assertEquals("STRING_TOO_LONG", tooLong.get(0).code());
      }
    }
  }

  /** An array longer than what is held is read as it streams, from a stream that hands out little at a time. */
  @Test
  void anArrayLongerThanWhatIsHeldIsReadAsItStreams() throws IOException {
    KansenJson json = KansenJson.strict();
    List<String> elements = generated(json, new SplittableRandom(11), 4, true);
    byte[] input = array(elements, "\n");
    List<Programme> read = new ArrayList<>();
    try (ProgrammeIterator array = json.readArray(trickle(input), 100)) {
      array.forEachRemaining(read::add);
    }
    assertEquals(elements.stream().map(json::read).toList(), read);
  }

  private static InputStream trickle(byte[] input) {
    return trickle(input, 7);
  }

  /** @return the input in pieces of at most {@code piece} bytes */
  private static InputStream trickle(byte[] input, int piece) {
    return new InputStream() {
      private int position;

      @Override
      public int read() {
        return position == input.length ? -1 : input[position++] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (position == input.length) {
          return -1;
        }
        int n = Math.min(Math.min(len, piece), input.length - position);
        System.arraycopy(input, position, b, off, n);
        position += n;
        return n;
      }
    };
  }

  /**
   * Where Jackson finds a string or a name too long, and the length it names, depends on the pieces
   * of text it is given: a stream that hands out a few bytes at a time gives what the same bytes held
   * in memory give, as it streams and held alike.
   */
  @Test
  void aStreamThatHandsOutLittleAtATimeReadsAsTheBytesHeld() {
    KansenJson json = KansenJson.builder().maxStringLength(1000).build();
    String valid = generated(json, new SplittableRandom(17), 1, false).get(0);
    List<byte[]> inputs = List.of(
        array(List.of(valid, valid.replaceFirst("\"title\":\"", "\"title\":\"" + "t".repeat(5000))), ""),
        array(List.of(valid, valid.replaceFirst("\\{", "{\"" + "n".repeat(1500) + "\":1,")), ""));
    for (byte[] input : inputs) {
      List<Object> held = alike(json, input);
      assertTrue(held.get(0) instanceof Programme);
      @SuppressWarnings("unchecked")
      List<Violation> tooLong = (List<Violation>) held.get(1);
      assertEquals("STRING_TOO_LONG", tooLong.get(0).code());
      for (int piece : new int[] {1, 7, 4000}) {
        assertEquals(held, outcome(json, trickle(input, piece), 0), "pieces of " + piece);
        assertEquals(held, outcome(json, trickle(input, piece), HELD), "pieces of " + piece);
      }
    }
  }

  /**
   * An array held in memory is let go of at its end: a caller who keeps the iterator after the last
   * element does not keep the array's bytes. Closing it afterwards is harmless.
   */
  @Test
  void theEndOfAnArrayLetsGoOfItsBytes() throws IOException {
    KansenJson json = KansenJson.strict();
    List<String> elements = generated(json, new SplittableRandom(29), 3, false);
    byte[] input = array(elements, "");
    JsonFactories.Limits limits = new JsonFactories.Limits(64, 1_000_000, 100, 16L * 1024 * 1024);
    LeanArray lean = LeanArray.start(input, JsonFactories.lean(limits, -1), new DocumentReader(false, 100),
        limits.maxDocumentLength(), () -> {
          throw new AssertionError("the array is valid: no hand-over");
        });
    ProgrammeIterator array = new ProgrammeIterator(lean, lean);
    for (int i = 0; i < elements.size(); i++) {
      assertTrue(array.hasNext());
      array.next();
      assertTrue(lean.holdsBytes(), "the bytes are held while elements may follow");
    }
    assertFalse(array.hasNext());
    assertFalse(lean.holdsBytes(), "the bytes are let go of at the end");
    array.close();
    assertFalse(array.hasNext());
  }
}
