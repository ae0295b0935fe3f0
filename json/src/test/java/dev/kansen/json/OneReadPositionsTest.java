package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.Programme;
import dev.kansen.testing.ProgrammeGenerator;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Position;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.Validator;
import dev.kansen.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@code readValidated} places findings from the positions its one read recorded: each finding gets
 * exactly the line and column that reading the text again to find its value (or its nearest
 * enclosing value) gives, in compact and indented documents, with Windows line ends and with
 * characters of two, three and four bytes before the values.
 */
class OneReadPositionsTest {
  private static final ValidationContext CONTEXT = ValidationContext.asOf(ProgrammeGenerator.AS_OF);
  // lenient: the generated programmes carry unknown properties, which a lenient read keeps
  private static final KansenJson JSON = KansenJson.lenient();

  /** The position of the pointer's value, or of its nearest enclosing value, found by reading the text again. */
  private static Optional<Position> nearest(byte[] json, JsonPointer pointer) {
    List<String> segments = pointer.segments();
    for (int n = segments.size(); n >= 0; n--) {
      Optional<Position> found = JSON.locate(json, JsonPointer.of(segments.subList(0, n).toArray()));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static int check(byte[] json) {
    List<Violation> findings = JSON.readValidated(json, Validator.standard(), CONTEXT).report().violations();
    for (Violation v : findings) {
      assertEquals(nearest(json, v.path()), v.position(), () -> v.path() + " " + v.code());
    }
    return findings.size();
  }

  private static byte[] edit(String json, UnaryOperator<String> change) {
    return change.apply(json).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void everyFindingIsPlacedAsReadingTheTextAgainPlacesIt() {
    int findings = 0;
    for (int seed = 0; seed < 12; seed++) {
      Programme programme = ProgrammeGenerator.programme(new SplittableRandom(seed), ProgrammeGenerator.Shape.REALISTIC);
      String compact = JSON.writeCompact(programme);
      String indented = JSON.write(programme);
      findings += check(edit(compact, s -> s));
      findings += check(edit(indented, s -> s));
      findings += check(edit(indented, s -> s.replace("\n", "\r\n")));
      findings += check(edit(indented, s -> s.replace("\n", "\r")));
      findings += check(edit(compact, s -> s.replace("\"name\":\"", "\"name\":\"\u00e9\u20ac\ud83d\ude00 ")));
      findings += check(edit(indented, s -> s.replace("\"name\" : \"", "\"name\" : \"\u00fc\ud83d\ude00\u20ac ")
          .replace("\n", "\r\n")));
    }
    assertTrue(findings > 100, "the generated programmes have findings to place: " + findings);
  }

  @Test
  void aDocumentWithAByteOrderMarkIsPlacedAsBefore() {
    Programme programme = ProgrammeGenerator.programme(new SplittableRandom(7), ProgrammeGenerator.Shape.REALISTIC);
    byte[] text = JSON.write(programme).getBytes(StandardCharsets.UTF_8);
    byte[] json = new byte[text.length + 3];
    json[0] = (byte) 0xEF;
    json[1] = (byte) 0xBB;
    json[2] = (byte) 0xBF;
    System.arraycopy(text, 0, json, 3, text.length);
    assertTrue(check(json) > 0);
  }
}
