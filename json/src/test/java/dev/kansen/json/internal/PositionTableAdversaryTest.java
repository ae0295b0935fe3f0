package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kansen.json.KansenJson;
import dev.kansen.json.KansenJsonException;
import dev.kansen.model.Programme;
import dev.kansen.testing.ProgrammeGenerator;
import dev.kansen.testing.ProgrammeMutations;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Position;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.Validator;
import dev.kansen.validation.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The second adversary of the position table (after {@link PositionTableLookupTest}): generated
 * programmes, with findings, rewritten as an attacker would write them — every object's properties
 * shuffled, names and strings escaped at random ({@code \\uXXXX}, surrogate pairs, {@code \/}), so
 * that the lean pass's expected-name match fails, white space and CR, LF and CRLF between any two
 * tokens, characters of two, three and four bytes, and in lenient mode unknown properties before,
 * between and after the known ones whose values are empty objects and arrays, nested empty
 * containers and deep nesting, often as the last value of their object and so of the document.
 * Every finding {@code readValidated} places, strict and lenient, is where {@link Locator} places
 * it by reading the text again, and so is the answer of the table itself for pointers to every
 * value, into and past every value, past the end of every array, singly, a few at a time and all
 * at once (which hashes every value).
 */
class PositionTableAdversaryTest {
  private static final ValidationContext CONTEXT = ValidationContext.asOf(ProgrammeGenerator.AS_OF);
  private static final JsonFactories.Limits LIMITS = new JsonFactories.Limits(64, 20_000_000, 1000, 64L << 20);
  /** The factory the locator reads with, as KansenJson's own. */
  private static final JsonFactory DOCUMENTS = JsonFactories.of(LIMITS, -1);
  private static final JsonFactory PLAIN = new JsonFactory();
  /** The keys of the value objects (Money, DateRange, AgeRange, Reach, Identifier), which refuse unknown properties in every mode. */
  private static final Set<String> VALUE_KEYS = Set.of("amount", "count", "currency", "end", "max", "min", "scheme",
      "start", "unit", "value");
  private static final String[] SPACES = {"", "", "", " ", "\n", "\r", "\r\n", "\t", "  \r\n  ", "\n\n", "\r\r", " \t\r\n"};
  private static final String[] UNKNOWN_NAMES = {"x", "x-\u00e9", "x-\u20ac\u20ac", "x-\ud83d\ude00", "x/a", "x~b", "0",
      "", "x\"q", "x\\b", "x-name", "x-id-0123456"};
  private static final String[] UNKNOWN_VALUES = {"{}", "[]", "[[]]", "[{}]", "{\"a\":{}}", "{\"a\":[]}", "[[],{}]",
      "{\"a\":{\"b\":{}},\"c\":[[]]}", "[{\"a\":[{}]},[]]", "\"\ud83d\ude00\\ud83d\\ude00\\/\"", "0", "-1.5e3", "null", "true",
      "[1,[2,[3,[]]]]", "{\"\":{\"\":[]}}"};
  private static final String MULTI_BYTE = " \u00e9\u20ac\ud83d\ude00\u00fc\ud800\udc00 ";

  // ---------------------------------------------------------------- a small tree of the text

  private sealed interface Node permits Obj, Arr, Text, Raw {}

  private record Obj(List<Map.Entry<String, Node>> members) implements Node {}

  private record Arr(List<Node> elements) implements Node {}

  /** A string, by its characters. */
  private record Text(String value) implements Node {}

  /** A number or literal, by its exact text; or a whole value of text written as is. */
  private record Raw(String text) implements Node {}

  private static Node tree(byte[] json) {
    try (JsonParser p = PLAIN.createParser(json)) {
      p.nextToken();
      return node(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Node node(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        List<Map.Entry<String, Node>> members = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          members.add(new SimpleEntry<>(name, node(p)));
        }
        return new Obj(members);
      }
      case START_ARRAY -> {
        List<Node> elements = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          elements.add(node(p));
        }
        return new Arr(elements);
      }
      case VALUE_STRING -> {
        return new Text(p.getText());
      }
      default -> {
        return new Raw(p.getText());
      }
    }
  }

  // ---------------------------------------------------------------- the attacker's writer

  /** How a programme's text is rewritten. */
  private record Attack(boolean shuffle, boolean escape, boolean spaces, boolean unknowns, boolean text) {}

  private static final class Rewriter {
    private final SplittableRandom random;
    private final Attack attack;
    private final StringBuilder out = new StringBuilder();

    Rewriter(SplittableRandom random, Attack attack) {
      this.random = random;
      this.attack = attack;
    }

    String write(Node root) {
      space();
      value(root, null, 1);
      space();
      return out.toString();
    }

    private void space() {
      if (attack.spaces) {
        out.append(SPACES[random.nextInt(SPACES.length)]);
      }
    }

    private void value(Node node, String name, int depth) {
      if (node instanceof Obj o) {
        object(o, depth);
      } else if (node instanceof Arr a) {
        out.append('[');
        for (int i = 0; i < a.elements().size(); i++) {
          out.append(i > 0 ? "," : "");
          space();
          value(a.elements().get(i), null, depth + 1);
          space();
        }
        space();
        out.append(']');
      } else if (node instanceof Text t) {
        string(attack.text && name != null && (name.equals("title") || name.equals("name")
            || name.equals("description")) ? MULTI_BYTE + t.value() + MULTI_BYTE : t.value());
      } else {
        out.append(((Raw) node).text());
      }
    }

    private void object(Obj o, int depth) {
      List<Map.Entry<String, Node>> members = new ArrayList<>(o.members());
      if (!attack.unknowns) {
        // a strict read refuses the generator's unknown properties (all named x-...)
        members.removeIf(e -> e.getKey().startsWith("x-"));
      }
      if (attack.shuffle) {
        Collections.shuffle(members, new java.util.Random(random.nextLong()));
      }
      boolean valueObject = !members.isEmpty() && members.stream().allMatch(e -> VALUE_KEYS.contains(e.getKey()));
      if (attack.unknowns && !valueObject) {
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          String name = UNKNOWN_NAMES[random.nextInt(UNKNOWN_NAMES.length)] + "-" + i;
          String value = random.nextInt(6) == 0 ? deep(Math.max(1, 60 - depth - random.nextInt(20)))
              : UNKNOWN_VALUES[random.nextInt(UNKNOWN_VALUES.length)];
          // before, between and after the known properties; often last
          int at = random.nextBoolean() ? members.size() : random.nextInt(members.size() + 1);
          members.add(at, new SimpleEntry<>(name, new Raw(value)));
        }
      }
      out.append('{');
      for (int i = 0; i < members.size(); i++) {
        out.append(i > 0 ? "," : "");
        space();
        string(members.get(i).getKey());
        space();
        out.append(':');
        space();
        value(members.get(i).getValue(), members.get(i).getKey(), depth + 1);
        space();
      }
      out.append('}');
    }

    /** @return arrays and objects nested to the depth, empty at the bottom, some with a value after */
    private String deep(int levels) {
      StringBuilder open = new StringBuilder();
      StringBuilder close = new StringBuilder();
      for (int i = 0; i < levels; i++) {
        if (random.nextBoolean()) {
          open.append("{\"d\":");
          close.insert(0, random.nextBoolean() ? "}" : ",\"e\":{}}");
        } else {
          open.append('[');
          close.insert(0, random.nextBoolean() ? "]" : ",[]]");
        }
      }
      return open.append(random.nextBoolean() ? "{}" : "[]").append(close).toString();
    }

    /** Writes a string with its characters escaped at random, as JSON allows. */
    private void string(String s) {
      out.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        boolean escape = attack.escape && random.nextInt(4) == 0;
        if (c == '"' || c == '\\') {
          out.append('\\').append(c);
        } else if (c < 0x20) {
          out.append(String.format("\\u%04x", (int) c));
        } else if (c == '/' && escape) {
          out.append("\\/");
        } else if (escape) {
          String format = random.nextBoolean() ? "\\u%04X" : "\\u%04x";
          out.append(String.format(format, (int) c));
          if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
            // a surrogate pair is escaped whole: two escapes
            out.append(String.format(format, (int) s.charAt(++i)));
          }
        } else if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
          out.append(c).append(s.charAt(++i));
        } else {
          out.append(c);
        }
      }
      out.append('"');
    }
  }

  // ---------------------------------------------------------------- the checks

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** @return the locator's position of each pointer's value, or of its nearest enclosing value (as ValidatedReading.placed) */
  private static List<Optional<Position>> located(byte[] json, List<JsonPointer> pointers) {
    Map<JsonPointer, Position> found = Locator.locateAll(DOCUMENTS, json, Locator.withAncestors(pointers));
    return pointers.stream().map(p -> Locator.nearest(found, p)).toList();
  }

  /** @return the number of findings placed; every one where the locator places it */
  private static int findingsPlacedAsTheLocator(KansenJson json, byte[] text, String what) {
    List<Violation> findings;
    try {
      findings = json.readValidated(text, Validator.standard(), CONTEXT).report().violations();
    } catch (KansenJsonException e) {
      return fail(what + " was refused: " + e.getMessage() + "\n" + new String(text, StandardCharsets.UTF_8));
    }
    try {
      // the one read recorded every value: readValidated placed the findings from its table, not by the locator
      recorded(text, json.isLenient());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Optional<Position>> expected = located(text, findings.stream().map(Violation::path).toList());
    for (int i = 0; i < findings.size(); i++) {
      Violation v = findings.get(i);
      assertEquals(expected.get(i), v.position(), what + ": " + v.code() + " at " + v.path());
    }
    return findings.size();
  }

  /** @return the table of the document as readValidated's one read records it */
  private static PositionTable recorded(byte[] json, boolean lenient) throws IOException {
    PositionTable table = PositionTable.forDocument(json);
    JsonFactory factory = lenient ? DOCUMENTS : JsonFactories.lean(LIMITS, -1);
    try (JsonParser p = factory.createParser(json)) {
      new DocumentReader(lenient, 100).document(p, false, Utf8.scan(json) == Utf8.SURROGATE_ESCAPES, table);
    }
    assertTrue(table.usable());
    return table;
  }

  private static void pointers(Node node, JsonPointer at, List<JsonPointer> into) {
    into.add(at);
    if (node instanceof Obj o) {
      o.members().forEach(e -> pointers(e.getValue(), at.child(e.getKey()), into));
    } else if (node instanceof Arr a) {
      for (int i = 0; i < a.elements().size(); i++) {
        pointers(a.elements().get(i), at.index(i), into);
      }
    }
  }

  /**
   * @return the pointer of every value, and pointers to no value: past every array's end, one
   *     more name or index under every value (a scalar's too), names of other levels, indexes that
   *     are no indexes
   */
  private static List<JsonPointer> asked(byte[] json) {
    Node root = tree(json);
    List<JsonPointer> every = new ArrayList<>();
    pointers(root, JsonPointer.root(), every);
    List<JsonPointer> asked = new ArrayList<>(every);
    String[] more = {"0", "1", "-", "00", "999", "id", "name", "interventions", "", "d", "a", "x-name"};
    for (JsonPointer p : every) {
      asked.add(p.child(more[Math.floorMod(p.hashCode(), more.length)]));
      asked.add(p.index(7));
    }
    collectPastEnds(root, JsonPointer.root(), asked);
    return asked;
  }

  private static void collectPastEnds(Node node, JsonPointer at, List<JsonPointer> into) {
    if (node instanceof Obj o) {
      o.members().forEach(e -> collectPastEnds(e.getValue(), at.child(e.getKey()), into));
    } else if (node instanceof Arr a) {
      into.add(at.index(a.elements().size()));
      into.add(at.index(a.elements().size()).child("id"));
      for (int i = 0; i < a.elements().size(); i++) {
        collectPastEnds(a.elements().get(i), at.index(i), into);
      }
    }
  }

  /** The table's answers for the pointers, all at once, one at a time and a few at a time, against the locator's. */
  private static void tablePlacesAsTheLocator(byte[] json, boolean lenient, List<JsonPointer> asked, SplittableRandom random,
      String what) throws IOException {
    List<Optional<Position>> expected = located(json, asked);
    List<Optional<Position>> all = recorded(json, lenient).nearest(asked);
    for (int i = 0; i < asked.size(); i++) {
      assertEquals(expected.get(i), all.get(i), what + " (all at once): " + asked.get(i));
    }
    // a fresh table per batch, so that each batch walks (the budget of one lookup never runs out)
    for (int batch = 0; batch < 10; batch++) {
      PositionTable table = recorded(json, lenient);
      int n = 1 + random.nextInt(6);
      List<JsonPointer> few = new ArrayList<>();
      List<Optional<Position>> want = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int k = random.nextInt(asked.size());
        few.add(asked.get(k));
        want.add(expected.get(k));
      }
      assertEquals(want, table.nearest(few), what + " (a few): " + few);
    }
  }

  private static Programme programme(int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Programme p = seed % 5 == 0 ? ProgrammeGenerator.programme(random, ProgrammeGenerator.Shape.REALISTIC)
        : ProgrammeGenerator.programme(random);
    // a changed copy often breaks a rule: more findings, at more kinds of pointers
    return seed % 2 == 0 ? ProgrammeMutations.changeOne(p, random).programme() : p;
  }

  private static final Attack[] STRICT_ATTACKS = {
      new Attack(false, false, false, false, false),
      new Attack(true, false, false, false, false),
      new Attack(false, true, false, false, false),
      new Attack(false, false, true, false, true),
      new Attack(true, true, true, false, true)};

  private static final Attack[] LENIENT_ATTACKS = {
      new Attack(false, false, false, true, false),
      new Attack(true, true, false, true, false),
      new Attack(true, true, true, true, true)};

  @Test
  void everyFindingOfARewrittenStrictDocumentIsPlacedAsTheLocatorPlacesIt() {
    KansenJson strict = KansenJson.strict();
    KansenJson writer = KansenJson.lenient();
    int findings = 0;
    for (int seed = 0; seed < 40; seed++) {
      Programme p = programme(seed);
      for (String written : List.of(writer.writeCompact(p), writer.write(p))) {
        Node root = tree(utf8(written));
        for (int a = 0; a < STRICT_ATTACKS.length; a++) {
          SplittableRandom random = new SplittableRandom(seed * 31L + a);
          byte[] json = utf8(new Rewriter(random, STRICT_ATTACKS[a]).write(root));
          findings += findingsPlacedAsTheLocator(strict, json, "seed " + seed + " " + STRICT_ATTACKS[a]);
        }
      }
    }
    assertTrue(findings > 200, "findings placed: " + findings);
  }

  @Test
  void everyFindingOfARewrittenLenientDocumentIsPlacedAsTheLocatorPlacesIt() {
    KansenJson lenient = KansenJson.lenient();
    int findings = 0;
    for (int seed = 0; seed < 40; seed++) {
      Programme p = programme(seed);
      for (String written : List.of(lenient.writeCompact(p), lenient.write(p))) {
        Node root = tree(utf8(written));
        for (int a = 0; a < LENIENT_ATTACKS.length; a++) {
          SplittableRandom random = new SplittableRandom(seed * 37L + a);
          byte[] json = utf8(new Rewriter(random, LENIENT_ATTACKS[a]).write(root));
          findings += findingsPlacedAsTheLocator(lenient, json, "seed " + seed + " " + LENIENT_ATTACKS[a]);
        }
      }
    }
    assertTrue(findings > 200, "findings placed: " + findings);
  }

  @Test
  void theTableAnswersEveryPointerIntoARewrittenDocumentAsTheLocator() throws IOException {
    KansenJson writer = KansenJson.lenient();
    for (int seed = 0; seed < 12; seed++) {
      Programme p = programme(seed + 1000);
      Node root = tree(utf8(writer.writeCompact(p)));
      SplittableRandom random = new SplittableRandom(seed);
      // strict: without the unknown properties
      byte[] strictJson = utf8(new Rewriter(random, new Attack(true, true, true, false, true)).write(root));
      tablePlacesAsTheLocator(strictJson, false, asked(strictJson), random, "strict seed " + seed);
      byte[] lenientJson = utf8(new Rewriter(random, new Attack(true, true, true, true, true)).write(root));
      tablePlacesAsTheLocator(lenientJson, true, asked(lenientJson), random, "lenient seed " + seed);
    }
  }

  @Test
  void emptyContainersEndingTheirObjectsAndTheDocumentArePlaced() throws IOException {
    KansenJson lenient = KansenJson.lenient();
    String compact = lenient.writeCompact(programme(3));
    String body = compact.substring(0, compact.length() - 1);
    String[] endings = {"{}", "[]", "[[]]", "[{}]", "{\"a\":{}}", "{\"a\":[[]]}", "[[],[[]],{}]", "{\"a\":{\"b\":{\"c\":{}}}}"};
    SplittableRandom random = new SplittableRandom(3);
    for (String ending : endings) {
      for (String space : List.of("", "\r\n", "\r", " \n ")) {
        byte[] json = utf8(body + ",\"x-last\":" + space + ending + space + "}" + space);
        List<JsonPointer> asked = asked(json);
        asked.add(JsonPointer.parse("/x-last/a/b/c/d"));
        asked.add(JsonPointer.parse("/x-last/0/0/0"));
        tablePlacesAsTheLocator(json, true, asked, random, ending);
        findingsPlacedAsTheLocator(lenient, json, ending);
        // and first, before the known properties
        byte[] first = utf8("{\"x-first\":" + space + ending + "," + compact.substring(1));
        tablePlacesAsTheLocator(first, true, asked(first), random, ending + " first");
        findingsPlacedAsTheLocator(lenient, first, ending + " first");
      }
    }
  }
}
