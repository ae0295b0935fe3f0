package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.kansen.json.KansenJson;
import dev.kansen.json.KansenJsonException;
import dev.kansen.json.ProgrammeIterator;
import dev.kansen.json.ProgrammeSequenceWriter;
import dev.kansen.model.InvalidValueException;
import dev.kansen.model.Programme;
import dev.kansen.testing.ProgrammeGenerator;
import dev.kansen.testing.Seeds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A seeded differential attack on writing: generated programmes, with awkward texts put in random
 * string places (short ones of every escape and width, long ones crossing Jackson's buffers and the
 * string limit), decimals of extreme scale, kept unknown values with escapes, numbers and nesting
 * about Jackson's own default limits (1,000 characters, 1,000 levels), and an
 * unpaired surrogate set through the builder, written with random limits at and around what the
 * programme needs. For each: the bytes written straight and the limited generator's are the same,
 * or the refusal is the same and nothing reaches a stream; what is written is valid UTF-8 and one
 * JSON value, and the instance with those limits reads it back (compact, indented, as lines and as
 * an array) to an equal programme. The cases are {@code kansen.json.write.cases} (default 600) seeds from
 * {@code kansen.seed}. At the default seed, 600 cases took about 9 s: 355 written and read back,
 * 189 refused alike, 56 mutations the reader refused, 161 written whole by the compact writer, 341
 * under limits at the programme's own size. It found the kept values held to Jackson's defaults
 * (see {@code WriteSeamsTest}); no difference between the compact writer and the generator.
 */
class WriteDifferentialTest {
  // decimals as they are written: exact, trailing zeros kept, exponents beyond a double's
  private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(Integer.MAX_VALUE)
              .maxNestingDepth(Integer.MAX_VALUE).build())
          .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build()).build())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  // beyond Jackson's own default limits of numbers (1,000 characters) and nesting (1,000 levels)
  private static final JsonFactories.Limits WIDE = new JsonFactories.Limits(1200, 100_000, 2000, 64L << 20);
  private static final KansenJson WIDE_READER = KansenJson.builder().lenient(true).maxStringLength(100_000)
      .maxNumberLength(2000).maxNestingDepth(1200).build();
  private static final List<String> AWKWARD = List.of(
      "\u0000", "\u001F", "\"", "\\", "/", "\b\f\n\r\t", "\u007F", "\u0080", "\u00A0", "\u00E9", "\u07FF", "\u0800",
      "\u2028", "\u2029", "\uFEFF", "\uFFFD", "\uFFFF", "\uD7FF", "\uE000", "\uD83D\uDE00", "\uDBFF\uDFFF", "\uD800\uDC00",
      "\u20AC", "a", " ", "<", "&", "'");

  /** The names of the properties whose values (or elements) are free texts, from the tables. */
  private static final Set<String> TEXTS = texts();

  private static Set<String> texts() {
    Set<String> candidates = new HashSet<>();
    Deque<WireType<?, ?>> types = new ArrayDeque<>(List.of(WireTypes.PROGRAMME));
    Set<WireType<?, ?>> seen = new HashSet<>();
    while (!types.isEmpty()) {
      WireType<?, ?> type = types.pop();
      if (seen.add(type)) {
        for (Property<?, ?> p : type.properties()) {
          if (p.kind() == ValueKind.TEXT) {
            candidates.add(p.name());
          }
          if (p.nested() != null) {
            types.add(p.nested());
          }
        }
      }
    }
    // an id is a text too, of letters and digits: a free text is one whose every place in a
    // generated programme takes an awkward text
    Set<String> free = new HashSet<>();
    try {
      Programme sample = ProgrammeGenerator.programme(new SplittableRandom(11), ProgrammeGenerator.Size.SMALL);
      for (String name : candidates) {
        JsonNode tree = MAPPER.readTree(WIDE_READER.writeCompact(sample));
        List<JsonPointer> strings = new ArrayList<>();
        leaves(tree, JsonPointer.empty(), strings, new ArrayList<>());
        strings.removeIf(at -> !name.equals(propertyOf(at)));
        for (JsonPointer at : strings) {
          set(tree, at, TextNode.valueOf("\u00e9 \"x\u2028\uD83D\uDE00\u0001 " + at));
        }
        try {
          WIDE_READER.read(MAPPER.writeValueAsBytes(tree));
          if (!strings.isEmpty()) {
            free.add(name);
          }
        } catch (KansenJsonException notFree) {
          // an id, a code or a name of a set
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return free;
  }

  /** @return the name of the property a string is the value or an element of */
  private static String propertyOf(JsonPointer at) {
    String name = null;
    for (JsonPointer p = at; p != null && !p.matches(); p = p.tail()) {
      if (p.getMatchingIndex() < 0) {
        name = p.getMatchingProperty();
      }
    }
    return name;
  }

  /** What each part of the harness ran, for its report. */
  private static final class Counts {
    int cases;
    int unreadable;
    int written;
    int refused;
    int compactWhole;
    int tight;

    @Override
    public String toString() {
      return cases + " cases: " + written + " written and read back, " + refused + " refused alike, " + unreadable
          + " mutations the reader refused; " + compactWhole + " written whole by the compact writer, " + tight
          + " under limits at the programme's own size";
    }
  }

  @Test
  void generatedProgrammesWithAwkwardValuesAreWrittenAlikeAndReadBack() throws Exception {
    int count = Integer.parseInt(System.getProperty("kansen.json.write.cases", "600").strip());
    SplittableRandom seeds = new SplittableRandom(Seeds.baseSeed() ^ 0x5EA45L);
    Counts counts = new Counts();
    DocumentWriter shared = new DocumentWriter(JsonFactories.of(WIDE, -1), WIDE);
    for (int i = 0; i < count; i++) {
      long seed = seeds.nextLong();
      oneCase(seed, shared, counts);
    }
    System.out.println("WriteDifferentialTest: " + counts + "; free texts: " + new java.util.TreeSet<>(TEXTS));
    assertEquals(count, counts.cases);
    // the harness reaches every outcome, not only the easy one
    assertTrue(counts.written > count / 3 && counts.refused > count / 20 && counts.compactWhole > count / 5
        && counts.tight > count / 20, counts.toString());
  }

  private static void oneCase(long seed, DocumentWriter shared, Counts counts) throws Exception {
    counts.cases++;
    String what = "seed=" + seed;
    SplittableRandom random = new SplittableRandom(seed);
    Programme generated = ProgrammeGenerator.programme(random.split());
    JsonNode tree = MAPPER.readTree(WIDE_READER.writeCompact(generated));
    if (random.nextBoolean()) {
      CompactDocumentTest.strip(tree);
    }
    List<JsonPointer> strings = new ArrayList<>();
    List<JsonPointer> numbers = new ArrayList<>();
    leaves(tree, JsonPointer.empty(), strings, numbers);
    // free texts only: an id, code, date or constant that is not one is refused by reading
    strings.removeIf(at -> !TEXTS.contains(propertyOf(at)));
    for (int k = random.nextInt(5); k > 0 && !strings.isEmpty(); k--) {
      set(tree, strings.get(random.nextInt(strings.size())), TextNode.valueOf(awkward(random)));
    }
    if (random.nextInt(4) == 0 && !numbers.isEmpty()) {
      set(tree, numbers.get(random.nextInt(numbers.size())), DecimalNode.valueOf(decimal(random)));
    }
    if (random.nextInt(4) == 0) {
      keepUnknown(tree, random);
    }
    Programme p;
    try {
      p = WIDE_READER.read(MAPPER.writeValueAsBytes(tree));
    } catch (KansenJsonException refusedByReading) {
      counts.unreadable++;
      return;
    }
    if (random.nextInt(10) == 0) {
      try {
        p = Programme.builder().from(p).title("Titel " + (random.nextBoolean() ? "\uD800" : "\uDFFF x")).build();
      } catch (InvalidValueException refusedByTheModel) {
        // the model refuses it already
      }
    }
    // the same programme, by the shared writer (its kept block and size hint from earlier cases)
    // and by one with limits at and around the programme's own sizes
    alike(shared, WIDE, p, what);
    JsonFactories.Limits limits = limitsAround(p, random);
    if (limits != WIDE) {
      counts.tight++;
    }
    DocumentWriter writer = new DocumentWriter(JsonFactories.of(limits, -1), limits);
    byte[] written = alike(writer, limits, p, what);
    if (written == null) {
      counts.refused++;
      return;
    }
    counts.written++;
    if (p.unknownProperties().isEmpty() && CompactWholeCheck.whole(p, limits)) {
      counts.compactWhole++;
    }
    readBack(limits, p, written, what);
  }

  /** @return limits wide enough for the programme or just around its longest string, number and size */
  private static JsonFactories.Limits limitsAround(Programme p, SplittableRandom random) throws Exception {
    if (random.nextInt(3) == 0) {
      return WIDE;
    }
    byte[] wide;
    try {
      wide = new DocumentWriter(JsonFactories.of(WIDE, -1), WIDE).write(p, false);
    } catch (IllegalArgumentException refusedAtAnyLimits) {
      return WIDE;
    }
    int[] longest = longest(MAPPER.readTree(wide));
    // the builder's least limits: strings 1,000, numbers 20, nesting 16, documents 1,000 bytes
    int strings = Math.max(1000, longest[0] + random.nextInt(3) - 1);
    int numbers = Math.max(20, longest[1] + random.nextInt(3) - 1);
    int depth = Math.max(16, longest[2] + random.nextInt(3) - 1);
    long document = random.nextBoolean() ? 64L << 20 : Math.max(1000, wide.length + random.nextInt(3) - 1);
    return new JsonFactories.Limits(depth, strings, numbers, document);
  }

  /** @return the longest string (or name), the longest number in characters, and the nesting depth */
  private static int[] longest(JsonNode node) {
    int[] most = new int[3];
    longest(node, 1, most);
    return most;
  }

  private static void longest(JsonNode node, int depth, int[] most) {
    if (node.isTextual()) {
      most[0] = Math.max(most[0], node.asText().length());
    } else if (node.isNumber()) {
      most[1] = Math.max(most[1], node.decimalValue().toString().length());
    } else if (node.isContainerNode()) {
      most[2] = Math.max(most[2], depth);
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        most[0] = Math.max(most[0], e.getKey().length());
      }
      for (JsonNode child : node) {
        longest(child, depth + 1, most);
      }
    }
  }

  /**
   * Writes the programme in the compact form straight and through the limited generator.
   *
   * @return the document, or null when it was refused (alike, and with nothing on a stream)
   */
  private static byte[] alike(DocumentWriter writer, JsonFactories.Limits limits, Programme p, String what)
      throws Exception {
    byte[] expected = null;
    String refusal = null;
    try {
      expected = writer.throughGenerator(p, false, new byte[16]).toByteArray();
      if (expected.length > limits.maxDocumentLength()) {
        refusal = "Cannot write programme " + p.id() + ": the document has " + expected.length
            + " bytes, more than the maximum of " + limits.maxDocumentLength()
            + " that reading accepts; kansen does not write what it cannot read back";
      }
    } catch (IllegalArgumentException e) {
      refusal = e.getMessage();
    }
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    stream.write('#');
    if (refusal == null) {
      assertArrayEquals(expected, writer.write(p, false), what);
      assertEquals(new String(expected, StandardCharsets.UTF_8), writer.text(p, false), what);
      writer.write(p, false, new byte[] {','}, stream);
      byte[] streamed = stream.toByteArray();
      assertArrayEquals(expected, Arrays.copyOfRange(streamed, 2, streamed.length), what);
      return expected;
    }
    assertEquals(refusal, assertThrows(IllegalArgumentException.class, () -> writer.write(p, false), what)
        .getMessage(), what);
    assertEquals(refusal, assertThrows(IllegalArgumentException.class, () -> writer.text(p, false), what)
        .getMessage(), what);
    assertEquals(refusal, assertThrows(IllegalArgumentException.class,
        () -> writer.write(p, false, new byte[] {','}, stream), what).getMessage(), what);
    assertEquals(1, stream.size(), what + ": nothing of a refused document is written");
    return null;
  }

  /** The document is valid UTF-8 and one JSON value, and the instance with its limits reads it, and the rest, back. */
  private static void readBack(JsonFactories.Limits limits, Programme p, byte[] written, String what)
      throws IOException {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(written));
    } catch (CharacterCodingException e) {
      throw new AssertionError(what + ": not UTF-8", e);
    }
    MAPPER.readTree(written);
    KansenJson json = KansenJson.builder().lenient(true).maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength()).maxNumberLength(limits.maxNumberLength())
        .maxDocumentLength(limits.maxDocumentLength()).build();
    assertEquals(p, json.read(written), what);
    assertArrayEquals(written, json.writeCompact(p).getBytes(StandardCharsets.UTF_8), what);
    String pretty;
    try {
      pretty = json.write(p);
    } catch (IllegalArgumentException longerIndented) {
      // the indented form is longer: only its document limit may refuse it
      assertTrue(longerIndented.getMessage().contains("bytes, more than the maximum"), what + ": "
          + longerIndented.getMessage());
      pretty = null;
    }
    if (pretty != null) {
      assertEquals(p, json.read(pretty), what);
    }
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    try (ProgrammeSequenceWriter w = json.writeLines(lines)) {
      w.write(p);
      w.write(p);
    }
    try (ProgrammeIterator back = json.readLines(new ByteArrayInputStream(lines.toByteArray()))) {
      assertEquals(p, back.next(), what);
      assertEquals(p, back.next(), what);
      assertTrue(!back.hasNext(), what);
    }
    ByteArrayOutputStream array = new ByteArrayOutputStream();
    try (ProgrammeSequenceWriter w = json.writeArray(array)) {
      w.write(p);
      w.write(p);
    }
    try (ProgrammeIterator back = json.readArray(new ByteArrayInputStream(array.toByteArray()))) {
      assertEquals(p, back.next(), what);
      assertEquals(p, back.next(), what);
      assertTrue(!back.hasNext(), what);
    }
  }

  /** Whether the compact writer writes the programme itself, without giving up. */
  private static final class CompactWholeCheck {
    static boolean whole(Programme p, JsonFactories.Limits limits) {
      CompactWriter w = new CompactWriter(new byte[16], limits.maxStringLength(), limits.maxNameLength(),
          limits.maxNumberLength(), limits.maxNestingDepth());
      try {
        WireTypes.PROGRAMME.writeCompact(w, p);
        return true;
      } catch (CompactWriter.GiveUp e) {
        return false;
      }
    }
  }

  private static String awkward(SplittableRandom random) {
    StringBuilder b = new StringBuilder();
    switch (random.nextInt(3)) {
      case 0 -> {
        for (int n = 1 + random.nextInt(6); n > 0; n--) {
          b.append(AWKWARD.get(random.nextInt(AWKWARD.size())));
        }
      }
      case 1 -> {
        // about the builder's least string limit, so that limits around it are met exactly
        int length = 990 + random.nextInt(20);
        while (b.length() < length) {
          b.append(random.nextInt(4) == 0 ? AWKWARD.get(random.nextInt(AWKWARD.size())) : "x");
        }
        if (b.length() > length && Character.isHighSurrogate(b.charAt(length - 1))) {
          length++;
        }
        b.setLength(length);
      }
      default -> {
        // across Jackson's output buffer (8,000 bytes) and the compact writer's pieces, with a
        // character of every width at a random place near the boundaries
        String filler = List.of("a", "\u00E9", "\u20AC", "\n").get(random.nextInt(4));
        int at = List.of(2666, 2667, 4000, 7999, 8000, 8191, 8192, 8193).get(random.nextInt(8)) + random.nextInt(3) - 1;
        b.append(filler.repeat(at)).append(AWKWARD.get(random.nextInt(AWKWARD.size()))).append(filler.repeat(50));
      }
    }
    return b.toString();
  }

  private static BigDecimal decimal(SplittableRandom random) {
    String digits = Long.toString(random.nextLong(1, Long.MAX_VALUE));
    int scale = List.of(0, 2, 7, -3, 30, -30, 999, -999, 1000, 1001).get(random.nextInt(10));
    BigDecimal d = new BigDecimal(new java.math.BigInteger(digits), scale);
    return random.nextBoolean() ? d.negate() : d;
  }

  /** Keeps an unknown property with escapes, awkward texts, exact numbers and nesting at a random object. */
  private static void keepUnknown(JsonNode tree, SplittableRandom random) {
    List<ObjectNode> objects = new ArrayList<>();
    objects(tree, objects);
    ObjectNode at = random.nextBoolean() ? (ObjectNode) tree : objects.get(random.nextInt(objects.size()));
    ObjectNode value = NODES.objectNode();
    value.put("t\u00E9xt \"\\/\u2028", awkward(random));
    ArrayNode numbers = value.putArray("n");
    numbers.add(DecimalNode.valueOf(new BigDecimal("1E+400"))).add(DecimalNode.valueOf(new BigDecimal("-0.000")))
        .add(DecimalNode.valueOf(decimal(random))).add(Long.MIN_VALUE);
    if (random.nextInt(4) == 0) {
      // a number of about Jackson's own longest, exactly as written
      numbers.addRawValue(new RawValue("-0." + "7".repeat(990 + random.nextInt(20)) + "e+12"));
    }
    ArrayNode deep = value.putArray("deep");
    for (int n = random.nextInt(8) == 0 ? 990 + random.nextInt(20) : random.nextInt(12); n > 0; n--) {
      deep = deep.addArray();
    }
    deep.addNull();
    at.set("x-kept-" + random.nextInt(3), value);
  }

  private static void objects(JsonNode node, List<ObjectNode> found) {
    if (node instanceof ObjectNode object) {
      found.add(object);
    }
    node.forEach(child -> objects(child, found));
  }

  private static void leaves(JsonNode node, JsonPointer at, List<JsonPointer> strings, List<JsonPointer> numbers) {
    if (node.isTextual()) {
      strings.add(at);
    } else if (node.isFloatingPointNumber()) {
      numbers.add(at);
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        leaves(e.getValue(), at.appendProperty(e.getKey()), strings, numbers);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        leaves(node.get(i), at.appendIndex(i), strings, numbers);
      }
    }
  }

  private static void set(JsonNode tree, JsonPointer at, JsonNode value) {
    JsonNode parent = tree.at(at.head());
    if (parent instanceof ObjectNode object) {
      object.set(at.last().getMatchingProperty(), value);
    } else {
      ((ArrayNode) parent).set(at.last().getMatchingIndex(), value);
    }
  }
}
