package dev.kansen.json.internal;

import dev.kansen.validation.CodeMessage;
import dev.kansen.validation.ReadCode;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.kansen.json.KansenJsonException;
import dev.kansen.model.Programme;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.LeftOut;
import dev.kansen.validation.Position;
import dev.kansen.validation.Severity;
import dev.kansen.validation.Violation;
import java.io.IOException;
import java.util.List;

/**
 * Reads whole documents and elements of sequences, turning every failure into violations: the
 * one place where parser exceptions, limits and invalid UTF-8 become {@link KansenJsonException}.
 */
public final class DocumentReader {
  private final boolean lenient;
  private final int maxViolations;

  /**
   * @param lenient whether unknown properties are kept
   * @param maxViolations the most violations one read reports
   */
  public DocumentReader(boolean lenient, int maxViolations) {
    this.lenient = lenient;
    this.maxViolations = maxViolations;
  }

  /**
   * Reads one document: exactly one programme and nothing after it.
   *
   * @param p a parser before the first token
   * @return the programme
   * @throws KansenJsonException when the document is not a usable programme
   * @throws IOException when reading the input fails
   */
  public Programme document(JsonParser p) throws IOException {
    return document(p, true);
  }

  /**
   * Reads one document: exactly one programme and nothing after it.
   *
   * @param p a parser before the first token
   * @param positions false to only decide whether the document is valid, faster: the violations
   *     of an invalid document then come without positions, and only the first of them
   * @return the programme
   * @throws KansenJsonException when the document is not a usable programme
   * @throws IOException when reading the input fails
   */
  public Programme document(JsonParser p, boolean positions) throws IOException {
    return document(p, positions, true, null);
  }

  /**
   * Reads one document: exactly one programme and nothing after it.
   *
   * @param p a parser before the first token
   * @param positions false to only decide whether the document is valid, faster: the violations
   *     of an invalid document then come without positions, and only the first of them
   * @param surrogateEscapes false when the parser reads well-formed UTF-8 bytes in which
   *     {@link Utf8#scan} found no escaped surrogate half: no string can then hold an unpaired
   *     surrogate, and none is searched for one
   * @param table where to record where values start, for placing the findings of validating the
   *     document; null for none
   * @return the programme
   * @throws KansenJsonException when the document is not a usable programme
   * @throws IOException when reading the input fails
   */
  public Programme document(JsonParser p, boolean positions, boolean surrogateEscapes, PositionTable table)
      throws IOException {
    ReadSession s = new ReadSession(p, lenient, maxViolations, -1, positions);
    s.recordPositions(table);
    if (!surrogateEscapes) {
      s.withoutSurrogateEscapes();
    }
    Programme programme = null;
    boolean afterRoot = false;
    try {
      if (s.next() == null) {
        s.fail(CodeMessage.variant(ReadCode.EMPTY_DOCUMENT, "programme"), JsonPointer.root(), p.currentLocation());
      }
      programme = WireTypes.PROGRAMME.read(s, JsonPointer.root());
      afterRoot = true;
      if (s.next() != null) {
        s.fail(CodeMessage.of(ReadCode.TRAILING_CONTENT), JsonPointer.root(), p.currentTokenLocation());
      }
    } catch (StopReading stop) {
      // the violations are in the session
    } catch (StrictUtf8Reader.MalformedUtf8Exception e) {
      s.violations().add(encoding(e, p.getParsingContext()));
    } catch (JsonProcessingException e) {
      Violation failure = JacksonFailures.toViolation(e, p, afterRoot);
      if (ReadCode.INPUT_TOO_LARGE.name().equals(failure.code())) {
        // what was read of a document over the limit says nothing reliable about the document
        s.violations().clear();
      }
      s.violations().add(failure);
    }
    if (!s.violations().isEmpty()) {
      throw new KansenJsonException(s.violations());
    }
    return programme;
  }

  /**
   * The lean pass over one element of an array (see {@link #document(JsonParser, boolean, boolean,
   * PositionTable)}): no positions, pointers or messages, and no limit on the element's length,
   * which the caller checks.
   *
   * @param p a parser at the element's first token, inside an array
   * @param surrogateEscapes as for {@link #document(JsonParser, boolean, boolean, PositionTable)}
   * @return the programme, with the parser at its last token; null when the element is not a usable
   *     programme, with the parser somewhere inside it
   * @throws JsonProcessingException when the input is not well-formed JSON or exceeds a limit
   * @throws IOException when reading the input fails
   */
  public Programme leanElement(JsonParser p, boolean surrogateEscapes) throws IOException {
    ReadSession s = new ReadSession(p, lenient, maxViolations, -1, false);
    s.recordPositions(null);
    if (!surrogateEscapes) {
      s.withoutSurrogateEscapes();
    }
    try {
      Programme programme = WireTypes.PROGRAMME.read(s, JsonPointer.root());
      return s.violations().isEmpty() ? programme : null;
    } catch (StopReading stop) {
      return null;
    }
  }

  /**
   * Reads a document that a plain read refused once more, leaving each unusable value out of the
   * programme instead of giving up on it (see {@link Salvage}), so that the rest can be checked.
   *
   * @param p a parser before the first token
   * @return the violations, and the programme without its unusable values with what was left
   *     out; no programme when the document's syntax, its format version or the programme's own
   *     required values are unusable, or when the read stopped at the most violations it reports
   * @throws IOException when reading the input fails
   */
  public Salvaged salvage(JsonParser p) throws IOException {
    ReadSession s = new ReadSession(p, lenient, maxViolations, -1);
    s.leaveOutUnusable();
    Programme programme = null;
    try {
      if (s.next() != null) {
        programme = WireTypes.PROGRAMME.read(s, JsonPointer.root());
        if (s.next() != null) {
          programme = null;
        }
      }
    } catch (StopReading | StrictUtf8Reader.MalformedUtf8Exception | JsonProcessingException e) {
      programme = null;
    }
    return new Salvaged(programme, List.copyOf(s.violations()), s.salvage().result());
  }

  /**
   * What {@link #salvage} read.
   *
   * @param programme the programme without its unusable values, or null when none could be built
   * @param violations every problem found while reading
   * @param leftOut the unusable values left out of the programme
   */
  public record Salvaged(Programme programme, List<Violation> violations, LeftOut leftOut) {}

  /**
   * Reads the element of an array that starts at the parser's next token. The parser allows one
   * level of nesting more than a document, the array's own (see {@link JsonFactories.Limits#nestedOnce()}),
   * and a depth beyond it is named as the element's own.
   *
   * @param p a parser inside an array, before an element or the array's end
   * @param at the element's pointer
   * @param maxLength the most characters the element may span
   * @return the outcome
   * @throws IOException when reading the input fails
   */
  public Element element(JsonParser p, JsonPointer at, long maxLength) throws IOException {
    JsonStreamContext array = p.getParsingContext();
    ReadSession s = new ReadSession(p, lenient, maxViolations, maxLength);
    try {
      if (s.next() == JsonToken.END_ARRAY) {
        return Element.END;
      }
      Programme programme = WireTypes.PROGRAMME.read(s, at);
      return s.violations().isEmpty() ? new Element(programme, null, true)
          : new Element(null, new KansenJsonException(s.violations()), true);
    } catch (StopReading stop) {
      return new Element(null, new KansenJsonException(s.violations()), skipRest(p, array));
    } catch (StrictUtf8Reader.MalformedUtf8Exception e) {
      s.violations().add(encoding(e, p.getParsingContext()));
    } catch (JsonProcessingException e) {
      s.violations().add(JacksonFailures.toViolation(e, p, false, 1));
    }
    return new Element(null, new KansenJsonException(s.violations()), false);
  }

  /**
   * Reads the start of a JSON array of programmes.
   *
   * @param p a parser before the first token
   * @throws KansenJsonException when the input does not start an array
   * @throws IOException when reading the input fails
   */
  public void startArray(JsonParser p) throws IOException {
    ReadSession s = new ReadSession(p, lenient, maxViolations, -1);
    try {
      JsonToken first = s.next();
      if (first == null) {
        s.fail(CodeMessage.variant(ReadCode.EMPTY_DOCUMENT, "array"), JsonPointer.root(), p.currentLocation());
      }
      if (first != JsonToken.START_ARRAY) {
        s.fail(CodeMessage.variant(ReadCode.WRONG_TYPE, "programmes"), JsonPointer.root(), p.currentTokenLocation());
      }
    } catch (StopReading stop) {
      // reported below
    } catch (StrictUtf8Reader.MalformedUtf8Exception e) {
      s.violations().add(encoding(e, p.getParsingContext()));
    } catch (JsonProcessingException e) {
      s.violations().add(JacksonFailures.toViolation(e, p, false));
    }
    if (!s.violations().isEmpty()) {
      throw new KansenJsonException(s.violations());
    }
  }

  /**
   * Checks that nothing follows the array.
   *
   * @param p a parser at the array's end
   * @return the end of the sequence, or the failure of trailing content
   * @throws IOException when reading the input fails
   */
  public Element afterArray(JsonParser p) throws IOException {
    try {
      if (p.nextToken() == null) {
        return Element.END;
      }
      return new Element(null, new KansenJsonException(List.of(ReadViolations.of(CodeMessage.variant(ReadCode.TRAILING_CONTENT, "array"),
          JsonPointer.root(), p.currentTokenLocation()))), false);
    } catch (JsonProcessingException | StrictUtf8Reader.MalformedUtf8Exception e) {
      return new Element(null, new KansenJsonException(List.of(ReadViolations.of(CodeMessage.variant(ReadCode.TRAILING_CONTENT, "array"),
          JsonPointer.root(), p.currentLocation()))), false);
    }
  }

  /** Skips to the end of the element being read; false when the rest of the input is unreadable. */
  private static boolean skipRest(JsonParser p, JsonStreamContext array) throws IOException {
    try {
      while (p.getParsingContext() != array && p.nextToken() != null) {
        p.skipChildren();
      }
      return p.getParsingContext() == array;
    } catch (JsonProcessingException | StrictUtf8Reader.MalformedUtf8Exception e) {
      return false;
    }
  }

  /**
   * The violation for input that is not UTF-8.
   *
   * @param e the decoding failure
   * @param context where the parser was
   * @return the violation
   */
  public static Violation encoding(StrictUtf8Reader.MalformedUtf8Exception e, JsonStreamContext context) {
    return Violation.builder().from(CodeMessage.of(ReadCode.INVALID_ENCODING, "byte", e.byteOffset(), "line", e.line(),
        "column", e.column()).at(ReadViolations.pointer(context))).severity(Severity.ERROR)
        .position(new Position(e.line(), e.column())).build();
  }

  /**
   * One element of a sequence: a programme, or the failure to read it.
   *
   * @param programme the programme, or null
   * @param failure the failure, or null
   * @param canContinue whether the next element can still be read
   */
  public record Element(Programme programme, KansenJsonException failure, boolean canContinue) {
    /** The end of the sequence. */
    public static final Element END = new Element(null, null, false);

    /** @return whether this is the end of the sequence */
    public boolean isEnd() {
      return programme == null && failure == null;
    }
  }

  /**
   * @param violations violations of one document
   * @param line the line the document sits on in a JSON Lines input
   * @return the same violations, positioned on that line
   */
  public static List<Violation> onLine(List<Violation> violations, long line) {
    return violations.stream()
        .map(v -> Violation.builder().from(v)
            .position(new Position(line, v.position().map(Position::column).orElse(1L))).build())
        .toList();
  }
}
