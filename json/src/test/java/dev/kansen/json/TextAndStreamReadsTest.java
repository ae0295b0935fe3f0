package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import dev.kansen.json.internal.DocumentReader;
import dev.kansen.json.internal.JsonFactories;
import dev.kansen.json.internal.StrictUtf8Reader;
import dev.kansen.model.Programme;
import dev.kansen.testing.ProgrammeGenerator;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.Validator;
import dev.kansen.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A text and a stream are read by the lean pass over UTF-8 bytes, as bytes are: what they give,
 * programme or violations (codes, paths, lines, columns and messages), is what the characters
 * give, also where bytes would be read differently from the text.
 */
class TextAndStreamReadsTest {
  private static final ValidationContext CONTEXT = ValidationContext.asOf(LocalDate.of(2026, 1, 1));
  private static final byte[] GOLDEN = TestResources.bytes(TestResources.resources("golden").resolve("den-bosch-2021.json"));

  static List<NegativeCase> cases() {
    return NegativeCase.all();
  }

  /** Every document of the negative corpus fails alike from bytes, from its text and from a stream. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aRefusedDocumentGivesTheSameViolationsFromTextStreamAndBytes(NegativeCase c) {
    byte[] bytes = c.bytes();
    List<Violation> fromBytes = refused(c.reader(), json -> json.read(bytes));
    assertEquals(fromBytes, refused(c.reader(), json -> json.read(stream(bytes))));
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes)) {
      // the document is UTF-8: its text is the same document
      assertEquals(fromBytes, refused(c.reader(), json -> json.read(text)));
    }
  }

  @Test
  void generatedProgrammesReadAlikeFromTextStreamAndBytes() throws IOException {
    SplittableRandom random = new SplittableRandom(20261129L);
    for (int i = 0; i < 200; i++) {
      Programme generated = ProgrammeGenerator.programme(random.split());
      // the strict reader refuses the unknown properties the generator adds
      KansenJson json = i % 2 == 0 ? KansenJson.strict() : KansenJson.lenient();
      Programme p = i % 2 == 0 ? CanonicalUnknowns.without(generated) : generated;
      String text = i % 4 < 2 ? json.write(p) : json.writeCompact(p);
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      Programme fromBytes = json.read(bytes);
      assertEquals(fromBytes, json.read(text));
      assertEquals(fromBytes, json.read(stream(bytes)));
    }
  }

  @Test
  void aLoneSurrogateInATextWithAQuestionMarkAndAPairIsRefusedAsFromTheCharacters() {
    String golden = new String(GOLDEN, StandardCharsets.UTF_8);
    // UTF-8 cannot encode the lone half: String#getBytes would write a question mark in its place
    String text = golden.replaceFirst("\"title\": \"", "\"title\": \"Wat werkt? \uD83D\uDE00 \uD83D ");
    Violation v = refused(KansenJson.strict(), json -> json.read(text)).get(0);
    assertEquals("INVALID_TEXT", v.code());
    assertEquals("/title", v.path().toString());
  }

  @Test
  void aTextWithAQuestionMarkAndASurrogatePairReadsWithBoth() {
    String golden = new String(GOLDEN, StandardCharsets.UTF_8);
    String text = golden.replaceFirst("\"title\": \"", "\"title\": \"Wat werkt? \uD83D\uDE00 ");
    Programme p = KansenJson.strict().read(text);
    assertTrue(p.title().startsWith("Wat werkt? \uD83D\uDE00 "), p.title());
    assertEquals(p, KansenJson.strict().read(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aSecondByteOrderMarkIsRefusedFromTextAsFromBytes() {
    String text = "\uFEFF\uFEFF" + new String(GOLDEN, StandardCharsets.UTF_8);
    List<Violation> fromText = refused(KansenJson.strict(), json -> json.read(text));
    assertEquals(refused(KansenJson.strict(), json -> json.read(text.getBytes(StandardCharsets.UTF_8))), fromText);
  }

  @Test
  void aNulCharacterIsRefusedFromTextAsFromBytes() {
    String text = new String(GOLDEN, StandardCharsets.UTF_8).replaceFirst("\"title\": \"", "\"title\": \"\u0000");
    List<Violation> fromText = refused(KansenJson.strict(), json -> json.read(text));
    assertEquals(refused(KansenJson.strict(), json -> json.read(text.getBytes(StandardCharsets.UTF_8))), fromText);
  }

  @Test
  void aTextWithinTheLimitInCharactersButNotInBytesIsRead() {
    String text = new String(GOLDEN, StandardCharsets.UTF_8).replaceFirst("\"title\": \"", "\"title\": \"" + "é".repeat(600));
    KansenJson limited = KansenJson.builder().maxDocumentLength(text.length()).build();
    assertTrue(text.getBytes(StandardCharsets.UTF_8).length > text.length());
    Programme p = limited.read(text);
    assertTrue(p.title().startsWith("é".repeat(600)));
    assertEquals(p, limited.read(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** A stream longer than is read into memory is read as it streams, and gives what its bytes give. */
  @Test
  void aStreamLongerThanWhatIsHeldIsReadAsItStreams() throws IOException {
    byte[] padded = new byte[GOLDEN.length + 5 * 1024 * 1024];
    System.arraycopy(GOLDEN, 0, padded, 0, GOLDEN.length);
    java.util.Arrays.fill(padded, GOLDEN.length, padded.length, (byte) ' ');
    CountingStream in = new CountingStream(padded);
    assertEquals(KansenJson.strict().read(GOLDEN), KansenJson.strict().read(in));
    assertEquals(padded.length, in.read);
  }

  @Test
  void aValidatedTextIsPlacedAsItsBytesAre() {
    String golden = new String(GOLDEN, StandardCharsets.UTF_8);
    // a finding after a character of two bytes and one of four: columns count characters
    String text = golden.replaceFirst("\"title\": \"", "\"title\": \"é\uD83D\uDE00");
    ValidatedProgramme fromText = KansenJson.strict().readValidated(text, Validator.standard(), CONTEXT);
    ValidatedProgramme fromBytes = KansenJson.strict().readValidated(text.getBytes(StandardCharsets.UTF_8),
        Validator.standard(), CONTEXT);
    assertEquals(fromBytes.report().violations(), fromText.report().violations());
    assertEquals(fromBytes.programme(), fromText.programme());
    assertTrue(fromText.report().violations().stream().anyMatch(v -> v.position().isPresent()),
        () -> "no finding is placed: " + fromText.report().violations());
  }

  /**
   * A text that is refused is refused by readValidated as by read: both read its characters as a
   * StringReader hands them out. Where a long name starts decides whether the parser finds it too
   * long as a name or as a string: here where a reader decoding bytes would hand out a short piece.
   */
  @Test
  void aTextRefusedIsRefusedAlikeByReadAndReadValidated() {
    KansenJson json = KansenJson.builder().lenient(true).maxStringLength(1000).build();
    String text = "{" + " ".repeat(8100) + "\"" + "n".repeat(1001) + "\": 1}";
    List<Violation> read = refused(json, j -> j.read(text));
    assertEquals("STRING_TOO_LONG", read.get(0).code());
    List<Violation> validated = refused(json, j -> j.readValidated(text, Validator.standard(), CONTEXT).programme());
    assertEquals(read.get(0), validated.get(0));
    assertEquals(read.get(0).message(), validated.get(0).message());
  }

  /**
   * A text or stream that the lean pass refuses is read again as if that pass had not run. The
   * buffers it leaves to the thread would make the parser find a string too long at another place
   * and name another length for it; each read here runs in a thread of its own, which starts with
   * no buffers left by earlier reads, as the read of the text alone does.
   */
  @Test
  void aStringTooLongIsReportedAsWithoutTheLeanPass() throws Exception {
    String text = "{\"formatVersion\": \"1.0\", \"title\": \"" + "a".repeat(1_100_000) + "\"}";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    JsonFactories.Limits limits = new JsonFactories.Limits(64, 1_000_000, 100, 16L * 1024 * 1024);
    List<Violation> alone = inAThreadOfItsOwn(() -> {
      try (JsonParser p = JsonFactories.of(limits, limits.maxDocumentLength()).createParser(new StringReader(text))) {
        return assertThrows(KansenJsonException.class, () -> new DocumentReader(false, 100).document(p)).violations();
      }
    });
    assertEquals("STRING_TOO_LONG", alone.get(0).code());
    assertEquals(alone, inAThreadOfItsOwn(() -> refused(KansenJson.strict(), json -> json.read(text))));
    assertEquals(alone, inAThreadOfItsOwn(() -> refused(KansenJson.strict(), json -> json.read(stream(bytes)))));
    assertEquals(alone, inAThreadOfItsOwn(() -> refused(KansenJson.strict(),
        json -> json.readValidated(text, Validator.standard(), CONTEXT).programme())));
  }

  private static <T> T inAThreadOfItsOwn(java.util.concurrent.Callable<T> task) throws Exception {
    java.util.concurrent.FutureTask<T> run = new java.util.concurrent.FutureTask<>(task);
    Thread thread = new Thread(run, "a thread of its own");
    thread.start();
    thread.join();
    try {
      return run.get();
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /**
   * A stream that fails after a document that is refused before the failure is refused, as reading
   * it as it streams refuses it: the failure of the stream is reported only where the read needs
   * bytes beyond it.
   */
  @Test
  void aStreamThatFailsAfterARefusedPartIsRefusedAsThatPart() {
    byte[] broken = ("{\"formatVersion\": nope, \"id\": \"p\"" + " ".repeat(100)).getBytes(StandardCharsets.UTF_8);
    List<Violation> fromBytes = refused(KansenJson.strict(), json -> json.read(broken));
    assertEquals("JSON_SYNTAX", fromBytes.get(0).code());
    assertEquals(fromBytes, refused(KansenJson.strict(), json -> json.read(new FailingAfter(broken))));
  }

  /** A stream's {@code available()} is a hint: a stream that cannot say is read as any other. */
  @Test
  void aStreamThatCannotSayWhatItHoldsIsRead() throws IOException {
    Programme p = KansenJson.strict().read(GOLDEN);
    assertEquals(p, KansenJson.strict().read(new SaysNothing(GOLDEN)));
    assertEquals(p, KansenJson.strict().readValidated(new SaysNothing(GOLDEN), Validator.standard(), CONTEXT).programme());
  }

  /**
   * A stream longer in bytes than is read into memory, that hands out no bytes on some reads (as a
   * stream may, where a read asks for bytes not yet there), is read to its end.
   */
  @Test
  void aStreamThatHandsOutNothingOnSomeReadsIsReadToItsEnd() throws IOException {
    String text = new String(GOLDEN, StandardCharsets.UTF_8).replaceFirst("\"title\": \"", "\"title\": \"" + "é".repeat(600));
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    // within the limit in characters, beyond it in bytes: more than is read into memory
    KansenJson limited = KansenJson.builder().maxDocumentLength(text.length()).build();
    assertEquals(limited.read(bytes), limited.read(new Stuttering(bytes)));
  }

  /**
   * A document too long from a stream is refused where reading the stream as it streams finds it
   * too long (the parser counts the characters it has taken in, piece by piece), also when more
   * of it was read into memory first.
   */
  @Test
  void aDocumentTooLongFromAStreamIsRefusedWhereTheStreamReadFindsIt(@TempDir Path dir) throws IOException {
    KansenJson limited = KansenJson.builder().maxDocumentLength(1000).build();
    assertTrue(GOLDEN.length > 4000, "several pieces long");
    JsonFactories.Limits limits = new JsonFactories.Limits(64, 1_000_000, 100, 1000);
    List<Violation> streamed;
    try (JsonParser p = JsonFactories.of(limits, 1000).createParser(new StrictUtf8Reader(stream(GOLDEN)))) {
      streamed = assertThrows(KansenJsonException.class, () -> new DocumentReader(false, 100).document(p)).violations();
    }
    assertEquals("INPUT_TOO_LARGE", streamed.get(0).code());
    assertEquals(streamed, refused(limited, json -> json.read(stream(GOLDEN))));
    Path file = Files.write(dir.resolve("golden.json"), GOLDEN);
    assertEquals(streamed, refused(limited, json -> json.read(file)));
  }

  /** The longest document allowed may be as long as a long: reading a stream into memory is still bounded. */
  @Test
  void aStreamIsValidatedUnderAnyMaximumDocumentLength() throws IOException {
    Programme p = KansenJson.strict().read(GOLDEN);
    for (long max : new long[] {Long.MAX_VALUE / 2, (1L << 62) + (1L << 31) + 1, Long.MAX_VALUE}) {
      KansenJson json = KansenJson.builder().maxDocumentLength(max).build();
      assertEquals(p, json.readValidated(stream(GOLDEN), Validator.standard(), CONTEXT).programme(), "max " + max);
    }
  }

  private static List<Violation> refused(KansenJson json, IoRead read) {
    return assertThrows(KansenJsonException.class, () -> read.apply(json)).violations();
  }

  @FunctionalInterface
  private interface IoRead {
    Programme apply(KansenJson json) throws IOException;
  }

  private static InputStream stream(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  /** Hands out its bytes, then fails. */
  private static final class FailingAfter extends InputStream {
    private final ByteArrayInputStream bytes;

    FailingAfter(byte[] bytes) {
      this.bytes = new ByteArrayInputStream(bytes);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = bytes.read(b, off, len);
      if (n < 0) {
        throw new IOException("the connection was reset");
      }
      return n;
    }

    @Override
    public int read() throws IOException {
      int n = bytes.read();
      if (n < 0) {
        throw new IOException("the connection was reset");
      }
      return n;
    }
  }

  /** Cannot say how much it holds. */
  private static final class SaysNothing extends InputStream {
    private final ByteArrayInputStream bytes;

    SaysNothing(byte[] bytes) {
      this.bytes = new ByteArrayInputStream(bytes);
    }

    @Override
    public int available() throws IOException {
      throw new IOException("cannot say");
    }

    @Override
    public int read(byte[] b, int off, int len) {
      return bytes.read(b, off, len);
    }

    @Override
    public int read() {
      return bytes.read();
    }
  }

  /** Counts the bytes read from it. */
  private static final class CountingStream extends ByteArrayInputStream {
    long read;

    CountingStream(byte[] bytes) {
      super(bytes);
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      int n = super.read(b, off, len);
      read += Math.max(n, 0);
      return n;
    }

    @Override
    public synchronized int read() {
      int n = super.read();
      read += n < 0 ? 0 : 1;
      return n;
    }
  }
}
