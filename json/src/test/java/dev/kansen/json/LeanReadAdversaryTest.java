package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.kansen.model.Programme;
import dev.kansen.testing.ProgrammeGenerator;
import dev.kansen.testing.Seeds;
import dev.kansen.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The adversary's attack on the lean pass of {@code read(byte[])}: it accepts exactly what the
 * diagnostic pass of a stream accepts and builds an equal programme, or refuses with the same
 * violations, for property orders that defeat its guess of the next name, names spelt with escapes
 * (which the guess, comparing bytes, cannot match), ids at the edges of their pattern and texts
 * blank or not by every kind of white space.
 */
class LeanReadAdversaryTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The outcome of a read: the programme, or the violations it was refused with. */
  private record Outcome(Programme programme, List<Violation> violations) {}

  private static Outcome fromBytes(KansenJson json, byte[] document) {
    try {
      return new Outcome(json.read(document), null);
    } catch (KansenJsonException e) {
      return new Outcome(null, e.violations());
    }
  }

  private static Outcome fromStream(KansenJson json, byte[] document) {
    try {
      return new Outcome(json.read(new ByteArrayInputStream(document)), null);
    } catch (KansenJsonException e) {
      return new Outcome(null, e.violations());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the outcome of the lean read, checked to be the diagnostic read's */
  private static Outcome alike(KansenJson json, String document) {
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    Outcome lean = fromBytes(json, bytes);
    assertEquals(fromStream(json, bytes), lean, document.length() > 300 ? document.substring(0, 300) : document);
    return lean;
  }

  private static ObjectNode tree(String json) {
    try {
      return (ObjectNode) MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Puts each object's properties in a random order (or reversed), at every depth. */
  private static JsonNode shuffled(JsonNode node, SplittableRandom random, boolean reversed) {
    if (node instanceof ObjectNode object) {
      List<Map.Entry<String, JsonNode>> order = new ArrayList<>(object.properties());
      if (reversed) {
        java.util.Collections.reverse(order);
      } else {
        for (int i = order.size() - 1; i > 0; i--) {
          java.util.Collections.swap(order, i, random.nextInt(i + 1));
        }
      }
      ObjectNode out = MAPPER.createObjectNode();
      for (Map.Entry<String, JsonNode> e : order) {
        // a kept unknown value is kept as written: its own order stays
        out.set(e.getKey(), e.getKey().startsWith("x-") ? e.getValue() : shuffled(e.getValue(), random, reversed));
      }
      return out;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode out = MAPPER.createArrayNode();
      for (JsonNode element : array) {
        out.add(shuffled(element, random, reversed));
      }
      return out;
    }
    return node;
  }

  @Test
  void propertyOrdersThatDefeatTheGuessGiveEqualProgrammes() {
    int cases = Math.min(Seeds.caseCount(), 300);
    SplittableRandom seeds = new SplittableRandom(Seeds.baseSeed() ^ 0x1EA7);
    KansenJson strict = KansenJson.strict();
    KansenJson lenient = KansenJson.lenient();
    for (int c = 0; c < cases; c++) {
      long seed = seeds.nextLong();
      Programme p = ProgrammeGenerator.programme(new SplittableRandom(seed));
      String written = lenient.writeCompact(p);
      SplittableRandom random = new SplittableRandom(seed);
      // the kept unknown values as the tree writes them
      Programme expected = alike(lenient, text(tree(written))).programme();
      // (a kept value is written as the generator spells it, so the table's order reads what it wrote)
      Programme read = alike(lenient, written).programme();
      // the table's order, which teaches the guess; then another order, reversed, and the table's again
      for (String document : List.of(written, text(shuffled(tree(written), random, false)),
          text(shuffled(tree(written), random, true)), written)) {
        Outcome outcome = alike(lenient, document);
        Programme wanted = document == written ? read : expected;
        assertEquals(wanted, outcome.programme(), () -> "seed=" + seed + ": " + difference(wanted, outcome.programme()));
        // the strict reader refuses the generator's unknown properties alike, or reads the same programme
        Outcome strictly = alike(strict, document);
        assertTrue(strictly.programme() == null || strictly.programme().equals(outcome.programme()), "seed=" + seed);
      }
    }
  }

  private static final List<String> LONE = List.of("\\uD800", "\\ud800", "\\uDbFf", "\\udc00", "\\uDFFF",
      "\\ude00\\ud83d");

  @Test
  void escapedSurrogateHalvesInAnyCaseInStringsAndNamesAreJudgedAlike() {
    String golden = new String(TestResources.bytes(TestResources.resources("golden").resolve("every-property.json")),
        StandardCharsets.UTF_8);
    for (String escape : List.of("\\uD800", "\\ud800", "\\uDbFf", "\\udc00", "\\uDFFF", "\\ud83d\\ude00",
        "\\uD83D\\uDE00", "\\ude00\\ud83d", "\\\\ud800", "\\u00e9", "\\uFFFF")) {
      for (String document : List.of(golden.replace("\"title\": \"", "\"title\": \"" + escape),
          golden.replace("\",\n", escape + "\",\n"),
          golden.replace("\"unit\": \"", "\"unit\": \"" + escape),
          golden.replace("\"title\":", "\"ti" + escape + "tle\":"),
          golden.replaceFirst("\\{", java.util.regex.Matcher.quoteReplacement("{\"x-" + escape + "\": 1,")))) {
        assertTrue(!document.equals(golden), escape);
        for (KansenJson json : List.of(KansenJson.strict(), KansenJson.lenient())) {
          alike(json, document);
        }
      }
      // in a title, the strict reader refuses a half alone and reads a pair, or a text that only looks like an escape
      String title = golden.replace("\"title\": \"", "\"title\": \"" + escape);
      assertEquals(LONE.contains(escape), alike(KansenJson.strict(), title).programme() == null, escape);
    }
  }

  /** Values of every JSON type and of awkward forms, each put in place of every value of a document. */
  private static final List<JsonNode> WRONG = List.of(
      com.fasterxml.jackson.databind.node.NullNode.getInstance(), tree("{\"v\":0}").get("v"), tree("{\"v\":-1}").get("v"),
      tree("{\"v\":2147483648}").get("v"), tree("{\"v\":1.5}").get("v"), tree("{\"v\":1E+3}").get("v"),
      TextNode.valueOf(""), TextNode.valueOf(" "), TextNode.valueOf("x"), TextNode.valueOf("2020-02-30"),
      TextNode.valueOf("0000-01-01"), TextNode.valueOf("2023-2024"), TextNode.valueOf("1.00"),
      com.fasterxml.jackson.databind.node.BooleanNode.TRUE, MAPPER.createArrayNode(), MAPPER.createObjectNode(),
      tree("{\"v\":[\"x\"]}").get("v"), tree("{\"v\":[null]}").get("v"));

  @Test
  void everyValueReplacedOrRemovedIsJudgedAlike() {
    String golden = new String(TestResources.bytes(TestResources.resources("golden").resolve("every-property.json")),
        StandardCharsets.UTF_8);
    List<com.fasterxml.jackson.core.JsonPointer> paths = new ArrayList<>();
    collect(tree(golden), com.fasterxml.jackson.core.JsonPointer.empty(), paths);
    assertTrue(paths.size() > 100, "values: " + paths.size());
    SplittableRandom random = new SplittableRandom(Seeds.baseSeed());
    int accepted = 0;
    for (com.fasterxml.jackson.core.JsonPointer path : paths) {
      List<String> documents = new ArrayList<>();
      ObjectNode removed = tree(golden);
      JsonNode parent = removed.at(path.head());
      String last = path.last().getMatchingProperty();
      if (parent instanceof ObjectNode object) {
        object.remove(last);
      } else {
        ((ArrayNode) parent).remove(path.last().getMatchingIndex());
      }
      documents.add(text(removed));
      // a few of the replacements at each value, a different few each time
      for (int k = 0; k < 4; k++) {
        ObjectNode replaced = tree(golden);
        JsonNode at = replaced.at(path.head());
        JsonNode value = WRONG.get(random.nextInt(WRONG.size()));
        if (at instanceof ObjectNode object) {
          object.set(last, value);
        } else {
          ((ArrayNode) at).set(path.last().getMatchingIndex(), value);
        }
        documents.add(text(replaced));
      }
      for (String document : documents) {
        for (KansenJson json : List.of(KansenJson.strict(), KansenJson.lenient())) {
          if (alike(json, document).programme() != null) {
            accepted++;
          }
        }
      }
    }
    // some changes are harmless (an optional value removed), most are not
    assertTrue(accepted > 0 && accepted < paths.size() * 10, "accepted: " + accepted);
  }

  /** Collects the pointer of every value below the root. */
  private static void collect(JsonNode node, com.fasterxml.jackson.core.JsonPointer at,
      List<com.fasterxml.jackson.core.JsonPointer> paths) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> e : object.properties()) {
        com.fasterxml.jackson.core.JsonPointer child = at.appendProperty(e.getKey());
        paths.add(child);
        collect(e.getValue(), child, paths);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        com.fasterxml.jackson.core.JsonPointer child = at.appendIndex(i);
        paths.add(child);
        collect(array.get(i), child, paths);
      }
    }
  }

  @Test
  void threadsReadingDocumentsOfDifferentOrdersThroughOneInstanceEachReadTheirOwn() throws Exception {
    // the guess of the next name is shared by every read of a type: orders that keep changing it
    KansenJson lenient = KansenJson.lenient();
    List<byte[]> documents = new ArrayList<>();
    List<Programme> expected = new ArrayList<>();
    SplittableRandom seeds = new SplittableRandom(Seeds.baseSeed() ^ 0x7EAD);
    for (int i = 0; i < 12; i++) {
      long seed = seeds.nextLong();
      String written = lenient.writeCompact(ProgrammeGenerator.programme(new SplittableRandom(seed)));
      String document = i % 3 == 0 ? written : text(shuffled(tree(written), new SplittableRandom(seed), i % 3 == 1));
      documents.add(document.getBytes(StandardCharsets.UTF_8));
      expected.add(fromStream(lenient, documents.get(i)).programme());
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        done.add(pool.submit(() -> {
          for (int round = 0; round < 150; round++) {
            int i = (round * 5 + offset) % documents.size();
            assertEquals(expected.get(i), lenient.read(documents.get(i)), "document " + i);
          }
          return null;
        }));
      }
      for (java.util.concurrent.Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertTrue(pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS));
  }

  /** @return where two programmes' texts first differ, for a failure's message */
  private static String difference(Programme expected, Programme actual) {
    String a = String.valueOf(expected);
    String b = String.valueOf(actual);
    int i = 0;
    while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 120);
    return "expected ..." + a.substring(from, Math.min(a.length(), i + 80)) + "... but read ..."
        + b.substring(from, Math.min(b.length(), i + 80));
  }

  @Test
  void namesSpeltWithEscapesAreTheNamesTheyEncode() throws Exception {
    String golden = new String(TestResources.bytes(TestResources.resources("golden").resolve("every-property.json")),
        StandardCharsets.UTF_8);
    Programme expected = KansenJson.strict().read(golden);
    // an escape in the first, a middle and the last character of names the guess expects
    for (String[] spelling : new String[][] {{"\"id\":", "\"\\u0069d\":"}, {"\"name\":", "\"na\\u006De\":"},
        {"\"title\":", "\"titl\\u0065\":"}, {"\"amount\":", "\"\\u0061\\u006d\\u006f\\u0075\\u006e\\u0074\":"}}) {
      String document = golden.replace(spelling[0], spelling[1]);
      assertTrue(!document.equals(golden), spelling[0]);
      for (KansenJson json : List.of(KansenJson.strict(), KansenJson.lenient())) {
        assertEquals(expected, alike(json, golden).programme());
        assertEquals(expected, alike(json, document).programme(), spelling[1]);
      }
    }
    // a name that is a known one with an escaped character after it is not that name
    for (KansenJson json : List.of(KansenJson.strict(), KansenJson.lenient())) {
      alike(json, golden.replaceFirst("\"title\":", "\"title\\u0000\":"));
      alike(json, golden.replaceFirst("\"title\":", "\"Title\":"));
      alike(json, golden.replaceFirst("\"title\":", "\"titl\":"));
    }
  }

  /** Ids at and past each edge of the pattern {@code [A-Za-z0-9][A-Za-z0-9._:-]{0,99}}. */
  private static final List<String> IDS = List.of("a", "Z", "0", "9", "a".repeat(100), "a".repeat(101), "a-", "a.",
      "a:", "a_", "-a", ".a", ":a", "_a", "", " a", "a ", "a/b", "a@", "a[", "a`", "a{", "a~", "a\u007F", "é",
      "aé", "a\u0660", "\u0660", "ａ", "a\u0000", "a\u00B7", "A\u212A", "a\uD83D\uDE00", "a\uD800", "a,b", "a;b",
      "a+b", "a=b", "a'b");

  /** Texts blank by every kind of white space, and not blank by a character that looks white. */
  private static final List<String> TEXTS = List.of("", " ", "\t", "\n", "\u000B", "\f", "\r", "\u001C", "\u001F",
      "\u0085", "\u00A0", "\u1680", "\u2000", "\u2003", "\u2007", "\u200A", "\u200B", "\u2028", "\u2029", "\u202F",
      "\u205F", "\u3000", "\uFEFF", " \u3000\u2003\t", "\u3000x", "x\u3000", " \u00A0 ", "\u2003\u2007", "\u0000",
      "\uD83D\uDE00", " \uD83D\uDE00");

  @Test
  void idsAtTheEdgesOfThePatternAreJudgedAlike() {
    String golden = new String(TestResources.bytes(TestResources.resources("golden").resolve("every-property.json")),
        StandardCharsets.UTF_8);
    for (String id : IDS) {
      for (Consumer<ObjectNode> place : List.<Consumer<ObjectNode>>of(
          d -> d.set("id", TextNode.valueOf(id)),
          d -> ((ObjectNode) d.get("partners").get(0)).set("id", TextNode.valueOf(id)),
          d -> ((ObjectNode) d.get("interventions").get(0)).set("id", TextNode.valueOf(id)))) {
        ObjectNode document = tree(golden);
        place.accept(document);
        for (KansenJson json : List.of(KansenJson.strict(), KansenJson.lenient())) {
          alike(json, text(document));
        }
      }
    }
  }

  @Test
  void textsBlankByAnyWhiteSpaceAreJudgedAlike() {
    String golden = new String(TestResources.bytes(TestResources.resources("golden").resolve("every-property.json")),
        StandardCharsets.UTF_8);
    for (String text : TEXTS) {
      for (Consumer<ObjectNode> place : List.<Consumer<ObjectNode>>of(
          d -> d.set("title", TextNode.valueOf(text)),
          d -> d.set("description", TextNode.valueOf(text)),
          d -> ((ObjectNode) d.get("partners").get(0)).set("name", TextNode.valueOf(text)))) {
        ObjectNode document = tree(golden);
        place.accept(document);
        for (KansenJson json : List.of(KansenJson.strict(), KansenJson.lenient())) {
          Outcome outcome = alike(json, text(document));
          // blank as String#isBlank has it: refused; otherwise read
          assertEquals(text.isBlank(), outcome.programme() == null, "U+" + (text.isEmpty() ? "" : Integer.toHexString(text.charAt(0))));
        }
      }
    }
  }
}
