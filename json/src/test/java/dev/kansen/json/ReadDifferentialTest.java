package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import dev.kansen.json.internal.DocumentReader;
import dev.kansen.json.internal.JsonFactories;
import dev.kansen.json.internal.StrictUtf8Reader;
import dev.kansen.model.Programme;
import dev.kansen.testing.ProgrammeGenerator;
import dev.kansen.testing.Seeds;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.ValidationReport;
import dev.kansen.validation.Validator;
import dev.kansen.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The adversary's differential attack on reading: hostile variants of real documents (the golden
 * files, the examples' programmes and generated ones), each made by one to three seeded mutations
 * (properties deleted, repeated, swapped or unknown; values of the wrong type, null, at and over
 * each limit; escapes, surrogate halves, non-ASCII and invalid UTF-8; a byte-order mark, CRLF;
 * truncation; deep nesting), are read by every entry point, with strict and lenient readers, the
 * default limits and small ones set to the document's own size. Every way of reading one document
 * gives the same outcome: the same programme, or the same violations (codes, JSON Pointers, lines,
 * columns and messages), and nothing but {@link KansenJsonException} is ever thrown.
 *
 * <p>The ways compared: {@code read} of bytes, of the text and of a stream (whole, and handing out
 * 1 or 7 bytes at a time); {@code readValidated} of bytes, text and stream; the document as a line
 * of JSON Lines (alone, and after a good line); the document as an element of an array (alone, and
 * between good elements), held in memory by the lean pass and read as it streams.
 *
 * <p>Seeded by {@code kansen.seed}; {@code kansen.cases} cases (at most 400 unless
 * {@code kansen.differentialCases} asks for more, so that the run stays short); a failure names the case's seed.
 */
class ReadDifferentialTest {
  private static final ValidationContext CONTEXT = ValidationContext.asOf(LocalDate.of(2026, 1, 1));
  private static final Validator VALIDATOR = Validator.standard();

  /** The outcome of one way of reading: a programme (with its report), or violations, or a crash. */
  record Outcome(Programme programme, ValidationReport report, List<Violation> violations, String crash) {
    static Outcome of(Programme p) {
      return new Outcome(p, null, null, null);
    }

    boolean read() {
      return programme != null;
    }

    @Override
    public String toString() {
      if (crash != null) {
        return "CRASH " + crash;
      }
      if (programme != null) {
        return "programme " + programme.id() + (report == null ? "" : " report " + report.violations().size());
      }
      return "violations " + violations;
    }
  }

  interface Read {
    Object apply() throws IOException;
  }

  static Outcome outcome(Read read) {
    try {
      Object result = read.apply();
      if (result instanceof ValidatedProgramme v) {
        return new Outcome(v.programme(), v.report(), null, null);
      }
      return Outcome.of((Programme) result);
    } catch (KansenJsonException e) {
      return new Outcome(null, null, e.violations(), null);
    } catch (RuntimeException | IOException | Error e) {
      java.io.StringWriter w = new java.io.StringWriter();
      e.printStackTrace(new java.io.PrintWriter(w));
      String trace = w.toString();
      return new Outcome(null, null, null, trace.length() > 2000 ? trace.substring(0, 2000) : trace);
    }
  }

  /** The elements of a sequence, each an outcome, up to its end or an element it cannot go on after. */
  static List<Outcome> elements(Read open) {
    List<Outcome> out = new ArrayList<>();
    ProgrammeIterator it;
    try {
      it = (ProgrammeIterator) open.apply();
    } catch (KansenJsonException e) {
      out.add(new Outcome(null, null, e.violations(), null));
      return out;
    } catch (RuntimeException | IOException e) {
      out.add(new Outcome(null, null, null, e.toString()));
      return out;
    }
    try (it) {
      while (out.size() < 10) {
        boolean more;
        try {
          more = it.hasNext();
        } catch (RuntimeException e) {
          out.add(new Outcome(null, null, null, "hasNext: " + e));
          break;
        }
        if (!more) {
          break;
        }
        out.add(outcome(it::next));
      }
    } catch (IOException | RuntimeException e) {
      out.add(new Outcome(null, null, null, "close: " + e));
    }
    return out;
  }

  /** A stream that hands out at most {@code piece} bytes per read. */
  static final class Trickle extends InputStream {
    private final byte[] bytes;
    private final int piece;
    private int at;

    Trickle(byte[] bytes, int piece) {
      this.bytes = bytes;
      this.piece = piece;
    }

    @Override
    public int read() {
      return at < bytes.length ? bytes[at++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (at >= bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, piece), bytes.length - at);
      System.arraycopy(bytes, at, b, off, n);
      at += n;
      return n;
    }
  }

  // ------------------------------------------------------------------ the documents to start from

  static List<String> sources() {
    List<String> sources = new ArrayList<>();
    for (Path file : TestResources.jsonFiles("golden")) {
      sources.add(new String(TestResources.bytes(file), StandardCharsets.UTF_8));
    }
    for (String example : List.of("programme-bossche-ILLUSTRATIVE.json", "programme-venray-ILLUSTRATIVE.json")) {
      sources.add(new String(TestResources.bytes(TestResources.rootDir()
          .resolve("examples/src/main/resources/integration").resolve(example)), StandardCharsets.UTF_8));
    }
    SplittableRandom random = new SplittableRandom(20261130L);
    for (int i = 0; i < 6; i++) {
      Programme p = ProgrammeGenerator.programme(random.split(), 2);
      sources.add(i % 2 == 0 ? KansenJson.lenient().writeCompact(p) : KansenJson.lenient().write(p));
    }
    return sources;
  }

  // ------------------------------------------------------------------ the readers

  /** A reader, its name and its settings. */
  record Config(String name, KansenJson json, boolean lenient, JsonFactories.Limits limits, int maxViolations) {}

  static Config config(SplittableRandom r, int documentLength) {
    boolean lenient = r.nextBoolean();
    if (r.nextInt(4) == 0) {
      return new Config(lenient ? "lenient" : "strict", lenient ? KansenJson.lenient() : KansenJson.strict(), lenient,
          new JsonFactories.Limits(64, 1_000_000, 100, 16L * 1024 * 1024), 100);
    }
    int maxString = 1000 + r.nextInt(3);
    int maxNumber = 20 + r.nextInt(3);
    // at the document's length in bytes, or well above it
    long maxDocument = Math.max(1000, r.nextBoolean() ? documentLength - 3 + r.nextInt(7) : 2L * documentLength);
    int violations = 1 + r.nextInt(4);
    int nesting = 16 + r.nextInt(2);
    KansenJson json = KansenJson.builder().lenient(lenient).maxStringLength(maxString).maxNumberLength(maxNumber)
        .maxDocumentLength(maxDocument).maxViolations(violations).maxNestingDepth(nesting).build();
    return new Config((lenient ? "lenient" : "strict") + " string=" + maxString + " number=" + maxNumber
        + " document=" + maxDocument + " violations=" + violations + " nesting=" + nesting,
        json, lenient, new JsonFactories.Limits(nesting, maxString, maxNumber, maxDocument), violations);
  }

  /** The diagnostic pass alone, as a stream longer than what is held is read: no lean pass before it. */
  static Outcome diagnostic(Config c, byte[] doc) {
    return outcome(() -> {
      try (JsonParser p = JsonFactories.unpooled(c.limits(), c.limits().maxDocumentLength())
          .createParser(new StrictUtf8Reader(new ByteArrayInputStream(doc)))) {
        return new DocumentReader(c.lenient(), c.maxViolations()).document(p);
      }
    });
  }

  // ------------------------------------------------------------------ the differential

  private final Map<String, Integer> counts = new TreeMap<>();
  private final List<String> failures = new ArrayList<>();

  private void count(String what) {
    counts.merge(what, 1, Integer::sum);
  }

  private void same(String what, String context, Object expected, Object actual) {
    count("compared " + what);
    if (!Objects.equals(expected, actual)) {
      failures.add(what + " differs\n  " + context + "\n  expected: " + expected + "\n  actual:   " + actual);
    }
  }

  private void noCrash(String what, String context, Outcome o) {
    if (o.crash() != null && o != TOO_LARGE) {
      failures.add(what + " crashed\n  " + context + "\n  " + o.crash());
    }
  }

  private void noCrash(String what, String context, List<Outcome> os) {
    os.forEach(o -> noCrash(what, context, o));
  }

  static String utf8OrNull(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * The outcome with a refusal as too large alone reduced to its code: a document over the limit is
   * only INPUT_TOO_LARGE from every entry point, but a stream's read that gets to the limit reports
   * it where the parser finds it (TextAndStreamReadsTest pins that), and a line of JSON Lines as
   * the line's.
   */
  static final Outcome TOO_LARGE = new Outcome(null, null, null, "(not a crash) INPUT_TOO_LARGE alone");

  static Outcome tooLargeAlike(Outcome o) {
    if (o.violations() != null && o.violations().size() == 1 && o.violations().get(0).code().equals("INPUT_TOO_LARGE")) {
      return TOO_LARGE;
    }
    return o;
  }

  static List<Outcome> tooLargeAlike(List<Outcome> os) {
    return os.stream().map(ReadDifferentialTest::tooLargeAlike).toList();
  }

  static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  void check(Config c, byte[] doc, String context, byte[] good) {
    KansenJson json = c.json();
    Outcome bytes = outcome(() -> json.read(doc));
    count(bytes.read() ? "documents read" : bytes.crash() != null ? "documents crashed" : "documents refused");
    noCrash("read(byte[])", context, bytes);
    if (tooLargeAlike(bytes) != TOO_LARGE) {
      // over the limit, the diagnostic pass alone reports what it finds before the limit, as a
      // stream read as it streams does; within it, the lean pass may change nothing
      same("the diagnostic pass alone", context, bytes, diagnostic(c, doc));
    }
    Outcome stream = outcome(() -> json.read(new ByteArrayInputStream(doc)));
    same("read(InputStream)", context, tooLargeAlike(bytes), tooLargeAlike(stream));
    same("read(InputStream of 1 byte a read)", context, stream, outcome(() -> json.read(new Trickle(doc, 1))));
    same("read(InputStream of 7 bytes a read)", context, stream, outcome(() -> json.read(new Trickle(doc, 7))));
    same("read(InputStream handing out nothing on every other read)", context, stream,
        outcome(() -> json.read(new Stuttering(doc))));
    String text = utf8OrNull(doc);
    if (text != null) {
      same("read(String)", context, bytes, outcome(() -> json.read(text)));
    }
    Outcome validated = outcome(() -> json.readValidated(doc, VALIDATOR, CONTEXT));
    noCrash("readValidated(byte[])", context, validated);
    same("readValidated: read or not", context, bytes.read(), validated.read());
    if (bytes.read()) {
      same("readValidated(byte[]).programme", context, bytes.programme(), validated.programme());
    }
    if (validated.read()) {
      // the positions the one read recorded are those found by reading the document again
      same("readValidated, positions recorded and found again", context, validated,
          outcome(() -> ValidatedReading.validated(JsonFactories.of(c.limits(), c.limits().maxDocumentLength()),
              validated.programme(), doc, null, VALIDATOR, CONTEXT)));
    }
    same("readValidated(InputStream)", context, validated,
        outcome(() -> json.readValidated(new Trickle(doc, 7), VALIDATOR, CONTEXT)));
    if (text != null) {
      same("readValidated(String)", context, validated, outcome(() -> json.readValidated(text, VALIDATOR, CONTEXT)));
    }

    // JSON Lines: a document on one line is that line's document
    boolean oneLine = indexOf(doc, (byte) '\n') < 0 && indexOf(doc, (byte) '\r') < 0;
    boolean blank = isBlank(doc);
    if (oneLine && !blank) {
      for (String end : List.of("\n", "\r\n", "")) {
        List<Outcome> lines = elements(() -> json.readLines(new ByteArrayInputStream(concat(doc, ascii(end)))));
        noCrash("readLines", context, lines);
        same("readLines (line end " + end.replace("\r", "CR").replace("\n", "LF") + ")", context,
            List.of(tooLargeAlike(bytes)), tooLargeAlike(lines));
      }
      // after a good line: the same, on line 2, and the line after it read
      byte[] three = concat(good, ascii("\n"), doc, ascii("\n"), good);
      List<Outcome> lines = elements(() -> json.readLines(new ByteArrayInputStream(three)));
      same("readLines, a stream handing out nothing on every other read", context, lines,
          elements(() -> json.readLines(new Stuttering(three))));
      noCrash("readLines", context, lines);
      if (lines.size() == 3) {
        Outcome second = lines.get(1);
        Outcome expected = bytes.read() ? bytes : new Outcome(null, null, onLine(bytes.violations(), 2), null);
        same("readLines (second line)", context, tooLargeAlike(expected), tooLargeAlike(second));
        same("readLines (third line)", context, true, lines.get(2).read());
      } else {
        failures.add("readLines gave " + lines.size() + " elements\n  " + context + "\n  " + lines);
      }
    }

    // an element of an array: held and read by the lean pass, and read as it streams
    byte[] alone = concat(ascii("["), doc, ascii("]"));
    byte[] between = concat(ascii("["), good, ascii(",\n"), doc, ascii("\n,"), good, ascii("]"));
    // and the array itself cut short or broken at a random byte (elements before it still given)
    SplittableRandom r = new SplittableRandom(Arrays.hashCode(doc));
    int cut = r.nextInt(between.length + 1);
    byte[] broken = r.nextBoolean() ? Arrays.copyOf(between, cut)
        : concat(Arrays.copyOf(between, cut), new byte[] {(byte) ",]}[\"\u0000 ".charAt(r.nextInt(7))},
            Arrays.copyOfRange(between, Math.min(between.length, cut + r.nextInt(2)), between.length));
    for (byte[] array : List.of(alone, between, broken)) {
      String which = array == alone ? "[doc]" : array == between ? "[good, doc, good]" : "[good, doc, good] broken";
      String at = array == broken ? context + " (the array broken at byte " + cut + ")" : context;
      List<Outcome> held = elements(() -> json.readArray(new ByteArrayInputStream(array)));
      noCrash("readArray held " + which, at, held);
      List<Outcome> streamed = elements(() -> json.readArray(new ByteArrayInputStream(array), 0));
      same("readArray streamed vs held " + which, at, held, streamed);
      same("readArray held, 7 bytes a read " + which, at, held,
          elements(() -> json.readArray(new Trickle(array, 7))));
      same("readArray held, handing out nothing on every other read " + which, at, held,
          elements(() -> json.readArray(new Stuttering(array))));
      same("readArray streamed, 1 byte a read " + which, at, held,
          elements(() -> json.readArray(new Trickle(array, 1), 0)));
      int index = array == alone ? 0 : 1;
      if (bytes.read() && !startsWithBom(doc) && array != broken) {
        same("readArray element of a document read " + which, at, bytes.programme(),
            held.size() > index ? held.get(index).programme() : null);
      }
    }
  }

  static boolean startsWithBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  static List<Violation> onLine(List<Violation> violations, long line) {
    return violations.stream().map(v -> Violation.builder().from(v)
        .position(new dev.kansen.validation.Position(line, v.position().map(p -> p.column()).orElse(1L))).build())
        .toList();
  }

  static int indexOf(byte[] b, byte x) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
  }

  static boolean isBlank(byte[] b) {
    for (byte x : b) {
      if (x != ' ' && x != '\t') {
        return false;
      }
    }
    return true;
  }

  @Test
  void everyWayOfReadingAHostileDocumentGivesTheSameOutcome() {
    // kansen.differentialCases runs more, for a campaign
    int cases = Integer.getInteger("kansen.differentialCases", Math.min(Seeds.caseCount(), 400));
    List<String> sources = sources();
    // a good element or line, short enough for every limit
    byte[] good = ascii(KansenJson.strict().writeCompact(dev.kansen.model.Programme.builder().id("good").title("t")
        .alliance(dev.kansen.model.Alliance.builder().name("A").build()).build()));
    SplittableRandom seeds = new SplittableRandom(Seeds.baseSeed() ^ 0xD1FFL);
    for (int i = 0; i < cases && failures.size() < Integer.getInteger("kansen.failures", 20); i++) {
      long seed = seeds.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      String source = sources.get(r.nextInt(sources.size()));
      Mutations.Mutated m = Mutations.mutate(source, r);
      byte[] doc = m.bytes();
      Config c = config(r, doc.length);
      m.kinds().forEach(k -> count("mutation " + k));
      if (Boolean.getBoolean("kansen.trace")) {
        System.out.println("case " + i + " seed=" + seed + " " + m.kinds() + " length=" + doc.length);
        System.out.flush();
      }
      count("reader " + c.name().split(" ")[0] + (c.name().contains("document=") ? " small limits" : " default limits"));
      check(c, doc, "seed=" + seed + " reader=" + c.name() + " mutations=" + m.kinds() + "\n  doc="
          + Mutations.shorten(new String(doc, StandardCharsets.UTF_8)), good);
    }
    counts.forEach((k, v) -> System.out.println("ReadDifferentialTest " + k + ": " + v));
    assertTrue(failures.isEmpty(), () -> failures.size() + " differences:\n" + String.join("\n", failures));
  }
}
