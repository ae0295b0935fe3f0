package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.json.KansenJson;
import dev.kansen.model.Alliance;
import dev.kansen.model.Baseline;
import dev.kansen.model.Grant;
import dev.kansen.model.Indicator;
import dev.kansen.model.InvalidValueException;
import dev.kansen.model.Money;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The adversary's attack on the compact writer's promise: for any programme the model holds, the
 * compact document is the limited generator's, byte for byte, or the same refusal with nothing
 * written to the caller's stream; at awkward characters, at each limit and one past it, at the
 * extremes of numbers, decimals and years, after a much smaller or larger document written by the
 * same writer, and from several threads at once.
 */
class CompactWriterAdversaryTest {
  private static final JsonFactories.Limits WIDE = new JsonFactories.Limits(64, 1_000_000, 1000, 64L << 20);

  /** Texts at every boundary of Jackson's escaping and of UTF-8, with surrogates in every place. */
  private static final List<String> NASTY = List.of(
      "", " ", "\u0000", "\u001F", "\u0020", "\"", "\\", "/", "\b\f\n\r\t", "\u007F", "\u0080", "\u00A0", "\u00FF",
      "\u07FF", "\u0800", "\u2028\u2029", "\uFEFF", "\uFFFD", "\uFFFE", "\uFFFF", "\uD7FF", "\uE000",
      "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "a\uD800", "\uD800a", "a\uD800b", "a\uDC00b", "\uDC00\uD800",
      "\uD83D\uDE00", "\uD800\uDC00", "\uDBFF\uDFFF", "x\uD83D\uDE00", "\uD83D\uDE00x", "\uD83D\uD83D\uDE00",
      "\uD83D\uDE00\uDE00", "\uD83D\uDE00\uD83D", "é€😀\"\\\u0001\u2028", "ab\u0000cd\u007Fef");

  private static Programme everyProperty() throws Exception {
    Path file = Path.of("src", "test", "resources", "golden", "every-property.json");
    return KansenJson.strict().read(Files.readAllBytes(file));
  }

  /**
   * Asserts that the compact path writes what the generator path writes, or refuses as it does
   * and writes nothing to a stream.
   */
  private static void alike(DocumentWriter writer, Programme p, String what) throws Exception {
    byte[] expected = null;
    String refusal = null;
    try {
      expected = writer.throughGenerator(p, false, new byte[16]).toByteArray();
    } catch (IllegalArgumentException e) {
      refusal = e.getMessage();
    }
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    if (refusal == null) {
      assertArrayEquals(expected, writer.write(p, false), what);
      writer.write(p, false, new byte[] {'['}, stream);
      byte[] streamed = stream.toByteArray();
      assertEquals(expected.length + 1, streamed.length, what);
      assertArrayEquals(expected, java.util.Arrays.copyOfRange(streamed, 1, streamed.length), what);
    } else {
      assertEquals(refusal, assertThrows(IllegalArgumentException.class, () -> writer.write(p, false), what)
          .getMessage(), what);
      assertEquals(refusal, assertThrows(IllegalArgumentException.class,
          () -> writer.write(p, false, new byte[] {'['}, stream), what).getMessage(), what);
      assertEquals(0, stream.size(), what + ": nothing of a refused document is written");
    }
  }

  private static DocumentWriter writer(JsonFactories.Limits limits) {
    return new DocumentWriter(JsonFactories.of(limits, -1), limits);
  }

  /** @return the programme with the change, or null where the model refuses it (a blank title) */
  private static Programme held(UnaryOperator<Programme> change, Programme p) {
    try {
      return change.apply(p);
    } catch (InvalidValueException refusedByTheModel) {
      return null;
    }
  }

  private static List<UnaryOperator<Programme>> textPlacements(String s) {
    return List.of(
        p -> Programme.builder().from(p).title(s).build(),
        p -> Programme.builder().from(p).description(s).build(),
        p -> Programme.builder().from(p).alliance(Alliance.builder().from(p.alliance()).name(s).build()).build(),
        p -> {
          List<Partner> partners = new ArrayList<>(p.partners());
          int last = partners.size() - 1;
          partners.set(last, Partner.builder().from(partners.get(last)).name(s).build());
          return Programme.builder().from(p).partners(partners).build();
        });
  }

  @Test
  void awkwardTextsInEveryPlaceAreWrittenOrRefusedAlike() throws Exception {
    Programme golden = everyProperty();
    DocumentWriter writer = writer(WIDE);
    for (String s : NASTY) {
      for (String text : List.of(s, "Stichting " + s + " West", s.repeat(3))) {
        for (UnaryOperator<Programme> place : textPlacements(text)) {
          Programme p = held(place, golden);
          if (p != null) {
            alike(writer, p, escaped(text));
          }
        }
      }
    }
  }

  @Test
  void everyStringOfTheDocumentThatTakesAwkwardCharactersIsWrittenAlike() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    Path file = Path.of("src", "test", "resources", "golden", "every-property.json");
    com.fasterxml.jackson.databind.JsonNode golden = mapper.readTree(Files.readAllBytes(file));
    List<com.fasterxml.jackson.core.JsonPointer> strings = new ArrayList<>();
    strings(golden, com.fasterxml.jackson.core.JsonPointer.empty(), strings);
    String awkward = "\u007F\u0080\u07FF\u0800\uFFFF\u2028\u2029\"\\/\u0001\u001F\t\uD83D\uDE00\uFEFF\u00A0";
    DocumentWriter writer = writer(WIDE);
    KansenJson lenient = KansenJson.lenient();
    int texts = 0;
    for (com.fasterxml.jackson.core.JsonPointer at : strings) {
      com.fasterxml.jackson.databind.JsonNode document = golden.deepCopy();
      com.fasterxml.jackson.databind.JsonNode parent = document.at(at.head());
      String changed = document.at(at).asText() + awkward;
      if (parent instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
        object.put(at.last().getMatchingProperty(), changed);
      } else {
        ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(at.last().getMatchingIndex(),
            com.fasterxml.jackson.databind.node.TextNode.valueOf(changed));
      }
      Programme p;
      try {
        p = lenient.read(mapper.writeValueAsBytes(document));
      } catch (dev.kansen.json.KansenJsonException notAText) {
        continue; // an id, a code, a date or a constant
      }
      texts++;
      alike(writer, p, at.toString());
    }
    assertTrue(texts > 20, "texts: " + texts + " of " + strings.size() + " strings");
  }

  private static void strings(com.fasterxml.jackson.databind.JsonNode node, com.fasterxml.jackson.core.JsonPointer at,
      List<com.fasterxml.jackson.core.JsonPointer> found) {
    if (node.isTextual()) {
      found.add(at);
    } else if (node.isObject()) {
      for (java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> e : node.properties()) {
        strings(e.getValue(), at.appendProperty(e.getKey()), found);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        strings(node.get(i), at.appendIndex(i), found);
      }
    }
  }

  @Test
  void textsOfManyBytesAtTheStringLimitAndOnePastItAreWrittenOrRefusedAlike() throws Exception {
    Programme golden = everyProperty();
    int longest = 600;
    // each text is exactly `longest` characters, counted in UTF-16 units, with content of 1 to 6 bytes a unit
    List<String> atLimit = List.of(
        "é".repeat(longest), "€".repeat(longest), "\uD83D\uDE00".repeat(longest / 2), "\n".repeat(longest),
        "a".repeat(longest - 2) + "\uD83D\uDE00", "a".repeat(longest - 1) + "\uD83D", "\u007F".repeat(longest),
        "\u2028".repeat(longest - 1) + "\u0001");
    for (String s : atLimit) {
      assertEquals(longest, s.length());
      for (int limit : new int[] {longest, longest - 1, longest + 1}) {
        DocumentWriter writer = writer(new JsonFactories.Limits(64, limit, 1000, 64L << 20));
        for (UnaryOperator<Programme> place : textPlacements(s)) {
          Programme p = held(place, golden);
          if (p != null) {
            alike(writer, p, "limit " + limit + ": " + escaped(s.substring(0, 4)));
          }
        }
      }
    }
  }

  @Test
  void nestingAtTheDepthLimitAndOneShortIsWrittenOrRefusedAlike() throws Exception {
    Programme golden = everyProperty();
    for (int depth = 1; depth <= 8; depth++) {
      alike(writer(new JsonFactories.Limits(depth, 1_000_000, 1000, 64L << 20)), golden, "depth " + depth);
    }
  }

  @Test
  void tinyLimitsOfStringsNamesAndNumbersAreMetInTheSameOrderAlike() throws Exception {
    // every limit below the longest name, string and number of the document: the first value
    // beyond one is the one refused, in the compact form as in the generator's
    Programme golden = everyProperty();
    for (int strings = 1; strings <= 24; strings++) {
      alike(writer(new JsonFactories.Limits(64, strings, 1000, 64L << 20)), golden, "strings within " + strings);
    }
    for (int numbers = 1; numbers <= 12; numbers++) {
      alike(writer(new JsonFactories.Limits(64, 1_000_000, numbers, 64L << 20)), golden, "numbers within " + numbers);
      alike(writer(new JsonFactories.Limits(3, 9, numbers, 64L << 20)), golden, "all within " + numbers);
    }
  }

  @Test
  void decimalsOfEveryScaleAndSignAreWrittenOrRefusedAlike() throws Exception {
    Programme golden = everyProperty();
    List<BigDecimal> decimals = new ArrayList<>();
    for (String d : new String[] {"0", "0E-10", "0E+10", "1E+3", "-0.00", "-1E-7", "1E-1000", "1E+1000", "1E-1001",
        "1E+1001", "123456789.123456789", "0.000001", "0.0000001", "-9223372036854775808", "9999999999E+990",
        "1" + "0".repeat(200) + ".5"}) {
      decimals.add(new BigDecimal(d));
    }
    decimals.add(BigDecimal.valueOf(Long.MAX_VALUE, Integer.MAX_VALUE));
    decimals.add(BigDecimal.valueOf(Long.MIN_VALUE, Integer.MIN_VALUE + 1));
    for (int numberLength : new int[] {1, 3, 5, 10, 30, 1000}) {
      DocumentWriter writer = writer(new JsonFactories.Limits(64, 1_000_000, numberLength, 64L << 20));
      for (BigDecimal d : decimals) {
        alike(writer, withBaselineValue(golden, d), "value " + d + " within " + numberLength);
        alike(writer, withGrantAmount(golden, d), "amount " + d + " within " + numberLength);
      }
    }
  }

  private static Programme withBaselineValue(Programme p, BigDecimal value) {
    List<Indicator> indicators = new ArrayList<>();
    for (Indicator i : p.indicators()) {
      indicators.add(i.baseline().isEmpty() ? i : Indicator.builder().from(i)
          .baseline(Baseline.builder().from(i.baseline().get()).value(value).build()).build());
    }
    return Programme.builder().from(p).indicators(indicators).build();
  }

  private static Programme withGrantAmount(Programme p, BigDecimal amount) {
    List<Grant> grants = new ArrayList<>();
    for (Grant g : p.grants()) {
      Money money;
      try {
        money = Money.eur(amount);
      } catch (RuntimeException refusedByTheModel) {
        return p;
      }
      grants.add(Grant.builder().from(g).amount(money).build());
    }
    return Programme.builder().from(p).grants(grants).build();
  }

  @Test
  void datesAtTheEdgesOfTheYearsReadingAcceptsAreWrittenOrRefusedAlike() throws Exception {
    Programme golden = everyProperty();
    DocumentWriter writer = writer(WIDE);
    for (LocalDate date : new LocalDate[] {LocalDate.of(0, 1, 1), LocalDate.of(-1, 12, 31), LocalDate.of(9999, 12, 31),
        LocalDate.of(10_000, 1, 1), LocalDate.of(1, 1, 1), LocalDate.of(999, 2, 3), LocalDate.MIN, LocalDate.MAX,
        LocalDate.of(2024, 2, 29)}) {
      Programme p = Programme.builder().from(golden)
          .alliance(Alliance.builder().from(golden.alliance()).launched(date).build()).build();
      alike(writer, p, date.toString());
      // the date's ten characters against a string limit of nine and ten
      alike(writer(new JsonFactories.Limits(64, 9, 1000, 64L << 20)), p, date + " within 9");
    }
  }

  @Test
  void theDocumentLimitIsKeptAlikeAtItsEdge() throws Exception {
    Programme golden = everyProperty();
    int size = writer(WIDE).write(golden, false).length;
    for (long max : new long[] {size - 1, size, size + 1}) {
      DocumentWriter writer = writer(new JsonFactories.Limits(64, 1_000_000, 1000, max));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (max < size) {
        String message = assertThrows(IllegalArgumentException.class, () -> writer.write(golden, false)).getMessage();
        assertTrue(message.contains(size + " bytes") && message.contains(String.valueOf(max)), message);
        assertThrows(IllegalArgumentException.class, () -> writer.write(golden, false, new byte[] {'['}, out));
        assertEquals(0, out.size());
      } else {
        assertArrayEquals(writer.throughGenerator(golden, false, new byte[16]).toByteArray(), writer.write(golden, false));
      }
    }
  }

  @Test
  void aMuchLargerOrSmallerDocumentThanTheLastIsWrittenWhole() throws Exception {
    Programme golden = everyProperty();
    Programme small = Programme.builder().from(golden).title("t").build();
    Programme large = Programme.builder().from(golden).title("é😀\n".repeat(100_000)).build();
    // over the block kept for the next document (1 MB), and then a small one again
    Programme huge = Programme.builder().from(golden).description("€".repeat(600_000)).build();
    DocumentWriter writer = writer(WIDE);
    DocumentWriter fresh = writer(WIDE);
    for (Programme p : new Programme[] {small, large, small, huge, small, huge, large, golden, small}) {
      byte[] expected = fresh.throughGenerator(p, false, new byte[16]).toByteArray();
      assertArrayEquals(expected, writer.write(p, false));
      assertEquals(new String(expected, java.nio.charset.StandardCharsets.UTF_8), writer.text(p, false));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      writer.write(p, false, out);
      assertArrayEquals(expected, out.toByteArray());
    }
  }

  @Test
  void bytesReturnedAreNotOverwrittenByTheNextDocument() throws Exception {
    Programme golden = everyProperty();
    DocumentWriter writer = writer(WIDE);
    byte[] first = writer.write(golden, false);
    byte[] copy = first.clone();
    writer.write(Programme.builder().from(golden).title("x".repeat(first.length)).build(), false);
    writer.write(Programme.builder().from(golden).title("y").build(), false);
    assertArrayEquals(copy, first);
  }

  @Test
  void severalThreadsThroughOneInstanceWriteEachTheirOwnDocument() throws Exception {
    Programme golden = everyProperty();
    KansenJson json = KansenJson.builder().maxStringLength(1_000_000).build();
    List<Programme> programmes = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(42);
    DocumentWriter reference = writer(WIDE);
    for (int i = 0; i < 8; i++) {
      // sizes that differ by orders of magnitude, so that the kept block is too small for some
      Programme p = Programme.builder().from(golden).title("p" + i + "é😀".repeat(random.nextInt(1 << (2 * i + 1))))
          .build();
      programmes.add(p);
      expected.add(new String(reference.throughGenerator(p, false, new byte[16]).toByteArray(),
          java.nio.charset.StandardCharsets.UTF_8));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        done.add(pool.submit(() -> {
          for (int round = 0; round < 200; round++) {
            int i = (round * 3 + offset) % programmes.size();
            assertEquals(expected.get(i), json.writeCompact(programmes.get(i)), "programme " + i);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            json.writeCompact(programmes.get(i), out);
            assertEquals(expected.get(i), out.toString(java.nio.charset.StandardCharsets.UTF_8), "programme " + i);
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertTrue(pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS));
  }

  private static String escaped(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    return b.toString();
  }
}
