package dev.kansen.model.id;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kansen.model.InvalidValueException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every identifier type checks its format without a regular expression; each accepts exactly what
 * the regular expression its Javadoc documents accepts, on generated texts near and far from valid.
 */
class IdFormatTest {
  private record Format(String name, Pattern documented, Function<String, ?> make, List<String> valid) {}

  private static final List<Format> FORMATS = List.of(
      new Format("BrinCode", Pattern.compile("[0-9]{2}[A-Z]{2}([0-9]{2})?"), BrinCode::of, List.of("16SW", "16SW00")),
      new Format("DistrictCode", Pattern.compile("WK[0-9]{6}"), DistrictCode::of, List.of("WK079601")),
      new Format("KvkNumber", Pattern.compile("[0-9]{8}"), KvkNumber::of, List.of("41202535")),
      new Format("LrkNumber", Pattern.compile("[0-9]{6,12}"), LrkNumber::of, List.of("123456", "123456789012")),
      new Format("MunicipalityCode", Pattern.compile("GM[0-9]{4}"), MunicipalityCode::of, List.of("GM0796")),
      new Format("NeighbourhoodCode", Pattern.compile("BU[0-9]{8}"), NeighbourhoodCode::of, List.of("BU07960101")),
      new Format("Oin", Pattern.compile("[0-9]{20}"), Oin::of, List.of("00000003412025350000")),
      new Format("ProvinceCode", Pattern.compile("PV(2[0-9]|3[01])"), ProvinceCode::of, List.of("PV20", "PV29", "PV31")),
      new Format("RioOnderwijsaanbiederCode", Pattern.compile("[0-9]{3}A[0-9]{3}"), RioOnderwijsaanbiederCode::of,
          List.of("100A123")),
      new Format("RioOnderwijslocatieCode", Pattern.compile("[0-9]{3}X[0-9]{3}"), RioOnderwijslocatieCode::of,
          List.of("100X123")),
      new Format("OrganisationId prefix", Pattern.compile("[A-Z]{2}-[A-Z0-9]{2,20}"),
          p -> new OrganisationId(p, "12345678"), List.of("NL-KVK", "XI-IATI", "NL-" + "A1".repeat(10))),
      new Format("OrganisationId id", Pattern.compile("[A-Za-z0-9._:/-]{1,100}"),
          i -> new OrganisationId("XI-IATI", i), List.of("a", "a.b_c:d/e-f", "x".repeat(100))));

  private static final String ALPHABET = "0129AXZaz-./:_ WKGMBUPV\u0660\u00e9";

  @Test
  void eachTypeAcceptsExactlyWhatItsDocumentedPatternAccepts() {
    SplittableRandom random = new SplittableRandom(23);
    for (Format format : FORMATS) {
      for (int n = 0; n < 20_000; n++) {
        String text = n % 2 == 0 ? mutated(format.valid().get(random.nextInt(format.valid().size())), random)
            : generated(random);
        assertEquals(format.documented().matcher(text).matches(), accepts(format, text),
            () -> format.name() + " \"" + text + "\"");
      }
    }
  }

  private static boolean accepts(Format format, String text) {
    try {
      format.make().apply(text);
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }

  private static String generated(SplittableRandom random) {
    int length = random.nextInt(0, 24);
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  /** A valid text with up to two characters replaced, inserted or removed (or none). */
  private static String mutated(String valid, SplittableRandom random) {
    StringBuilder b = new StringBuilder(valid);
    int edits = random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(b.length() + 1);
      char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
      switch (random.nextInt(3)) {
        case 0 -> b.insert(at, c);
        case 1 -> {
          if (at < b.length()) {
            b.setCharAt(at, c);
          }
        }
        default -> {
          if (at < b.length()) {
            b.deleteCharAt(at);
          }
        }
      }
    }
    return b.toString();
  }
}
