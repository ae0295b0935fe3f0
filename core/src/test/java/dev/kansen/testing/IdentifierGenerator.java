package dev.kansen.testing;

import dev.kansen.model.id.BrinCode;
import dev.kansen.model.id.Identifier;
import dev.kansen.model.id.IdentifierScheme;
import dev.kansen.model.id.KvkNumber;
import dev.kansen.model.id.LrkNumber;
import dev.kansen.model.id.MunicipalityCode;
import dev.kansen.model.id.Oin;
import dev.kansen.model.id.OrganisationId;
import dev.kansen.model.id.ProvinceCode;
import dev.kansen.model.id.RioOnderwijsaanbiederCode;
import dev.kansen.model.id.RioOnderwijslocatieCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Random identifiers of every {@link IdentifierScheme}, well-formed and malformed.
 *
 * <p>{@link #valid} gives a value the scheme accepts; {@link #malformed} gives a value it must reject,
 * made by one named kind of damage to a valid value (wrong length, wrong letter, lower case,
 * whitespace, empty, non-ASCII digits…), so a failing case says what was tried.
 */
public final class IdentifierGenerator {
  /** Digits that {@link Character#isDigit} accepts but no identifier format does. */
  private static final char[] UNICODE_DIGITS = {'\u0663', '\u06F5', '\u0967', '\uFF17', '\u0E52'};
  private static final String[] ORG_ID_PREFIXES = {"NL-KVK", "NL-OWMS", "XI-IATI", "GB-COH", "NL-OIN"};

  private IdentifierGenerator() {}

  /**
   * A malformed identifier value.
   *
   * @param scheme the scheme it should have fitted
   * @param value the malformed value
   * @param damage what was done to a valid value, for messages
   */
  public record Malformed(IdentifierScheme scheme, String value, String damage) {
    /** @return the code the scheme's constructor must reject the value with */
    public String expectedCode() {
      return IdentifierGenerator.code(scheme);
    }

    @Override
    public String toString() {
      return scheme + " \"" + value + "\" (" + damage + ")";
    }
  }

  /**
   * @param scheme a scheme
   * @return the {@link dev.kansen.model.InvalidValueException#code()} for a value that does not fit it
   */
  public static String code(IdentifierScheme scheme) {
    return switch (scheme) {
      case CBS_MUNICIPALITY -> "INVALID_MUNICIPALITY_CODE";
      case CBS_PROVINCE -> "INVALID_PROVINCE_CODE";
      case KVK -> "INVALID_KVK_NUMBER";
      case BRIN -> "INVALID_BRIN_CODE";
      case RIO_ONDERWIJSAANBIEDER, RIO_ONDERWIJSLOCATIE -> "INVALID_RIO_CODE";
      case LRK -> "INVALID_LRK_NUMBER";
      case OIN -> "INVALID_OIN";
      case ORG_ID -> "INVALID_ORGANISATION_ID";
    };
  }

  /**
   * @param random the source of randomness
   * @param scheme a scheme
   * @return a random well-formed identifier of the scheme
   */
  public static Identifier valid(SplittableRandom random, IdentifierScheme scheme) {
    return switch (scheme) {
      case CBS_MUNICIPALITY -> municipalityCode(random);
      case CBS_PROVINCE -> provinceCode(random);
      case KVK -> kvkNumber(random);
      case BRIN -> brinCode(random);
      case RIO_ONDERWIJSAANBIEDER -> rioOnderwijsaanbiederCode(random);
      case RIO_ONDERWIJSLOCATIE -> rioOnderwijslocatieCode(random);
      case LRK -> lrkNumber(random);
      case OIN -> oin(random);
      case ORG_ID -> organisationId(random);
    };
  }

  /** @param random the source of randomness @return e.g. {@code GM0796} */
  public static MunicipalityCode municipalityCode(SplittableRandom random) {
    return MunicipalityCode.of("GM" + digits(random, 4));
  }

  /** @param random the source of randomness @return one of {@code PV20}..{@code PV31} */
  public static ProvinceCode provinceCode(SplittableRandom random) {
    return ProvinceCode.of("PV" + random.nextInt(20, 32));
  }

  /** @param random the source of randomness @return eight digits */
  public static KvkNumber kvkNumber(SplittableRandom random) {
    return KvkNumber.of(digits(random, 8));
  }

  /** @param random the source of randomness @return an instellingscode, with a vestiging half of the time */
  public static BrinCode brinCode(SplittableRandom random) {
    String code = digits(random, 2) + letters(random, 2);
    return BrinCode.of(random.nextBoolean() ? code : code + digits(random, 2));
  }

  /** @param random the source of randomness @return e.g. {@code 123A456} */
  public static RioOnderwijsaanbiederCode rioOnderwijsaanbiederCode(SplittableRandom random) {
    return RioOnderwijsaanbiederCode.of(digits(random, 3) + "A" + digits(random, 3));
  }

  /** @param random the source of randomness @return e.g. {@code 123X456} */
  public static RioOnderwijslocatieCode rioOnderwijslocatieCode(SplittableRandom random) {
    return RioOnderwijslocatieCode.of(digits(random, 3) + "X" + digits(random, 3));
  }

  /** @param random the source of randomness @return 6 to 12 digits */
  public static LrkNumber lrkNumber(SplittableRandom random) {
    return LrkNumber.of(digits(random, random.nextInt(6, 13)));
  }

  /** @param random the source of randomness @return twenty digits, derived from a KvK number half of the time */
  public static Oin oin(SplittableRandom random) {
    return random.nextBoolean() ? Oin.fromKvk(kvkNumber(random)) : Oin.of(digits(random, 20));
  }

  /** @param random the source of randomness @return an org-id.guide identifier of one of several lists */
  public static OrganisationId organisationId(SplittableRandom random) {
    String prefix = ORG_ID_PREFIXES[random.nextInt(ORG_ID_PREFIXES.length)];
    String id = prefix.equals("NL-KVK") ? digits(random, 8)
        : letters(random, random.nextInt(0, 3)) + digits(random, random.nextInt(1, 12));
    return new OrganisationId(prefix, id);
  }

  /**
   * A malformed value for the scheme: one kind of damage, picked at random, to a valid value.
   *
   * @param random the source of randomness
   * @param scheme a scheme
   * @return a value the scheme must reject, and how it was made
   */
  public static Malformed malformed(SplittableRandom random, IdentifierScheme scheme) {
    List<Malformed> all = allMalformed(random, scheme);
    return all.get(random.nextInt(all.size()));
  }

  /**
   * Every kind of damage the generator knows for the scheme, each applied once to a random valid value.
   *
   * @param random the source of randomness
   * @param scheme a scheme
   * @return values the scheme must reject, and how each was made
   */
  public static List<Malformed> allMalformed(SplittableRandom random, IdentifierScheme scheme) {
    String valid = valid(random, scheme).value();
    List<Malformed> out = new ArrayList<>();
    out.add(new Malformed(scheme, "", "empty"));
    out.add(new Malformed(scheme, " ".repeat(random.nextInt(1, 4)), "blank"));
    out.add(new Malformed(scheme, " " + valid, "leading space"));
    out.add(new Malformed(scheme, valid + "\n", "trailing newline"));
    out.add(new Malformed(scheme, valid + "\t", "trailing tab"));
    int middle = random.nextInt(1, valid.length());
    out.add(new Malformed(scheme, valid.substring(0, middle) + " " + valid.substring(middle), "inner space"));
    out.add(new Malformed(scheme, unicodeDigit(random, valid), "non-ASCII digit"));
    if (scheme != IdentifierScheme.ORG_ID) {
      // an org-id may hold letters and lower case in its id; its damage is listed below
      out.add(new Malformed(scheme, valid.replaceFirst("[0-9]", "O"), "letter O for a digit"));
      if (!valid.toLowerCase(Locale.ROOT).equals(valid)) {
        out.add(new Malformed(scheme, valid.toLowerCase(Locale.ROOT), "lower case"));
      }
    }
    switch (scheme) {
      case CBS_MUNICIPALITY -> {
        out.add(new Malformed(scheme, valid.substring(0, 5), "three digits"));
        out.add(new Malformed(scheme, valid + digits(random, 1), "five digits"));
        out.add(new Malformed(scheme, valid.substring(2), "no GM"));
        out.add(new Malformed(scheme, "GN" + valid.substring(2), "GN for GM"));
        out.add(new Malformed(scheme, "PV" + valid.substring(2), "PV for GM"));
      }
      case CBS_PROVINCE -> {
        out.add(new Malformed(scheme, "PV" + random.nextInt(0, 20), "below PV20"));
        out.add(new Malformed(scheme, "PV" + random.nextInt(32, 100), "above PV31"));
        out.add(new Malformed(scheme, "PV" + random.nextInt(100, 1000), "three digits"));
        out.add(new Malformed(scheme, "GM" + valid.substring(2), "GM for PV"));
        out.add(new Malformed(scheme, valid.substring(2), "no PV"));
      }
      case KVK -> {
        out.add(new Malformed(scheme, valid.substring(0, random.nextInt(1, 8)), "fewer than eight digits"));
        out.add(new Malformed(scheme, valid + digits(random, random.nextInt(1, 5)), "more than eight digits"));
        out.add(new Malformed(scheme, valid.substring(0, 4) + "-" + valid.substring(4), "hyphen"));
      }
      case BRIN -> {
        String code = valid.substring(0, 4);
        out.add(new Malformed(scheme, code.substring(0, 3), "three characters"));
        out.add(new Malformed(scheme, code + digits(random, 1), "one-digit vestiging"));
        out.add(new Malformed(scheme, code + digits(random, 3), "three-digit vestiging"));
        out.add(new Malformed(scheme, code.substring(2) + code.substring(0, 2), "letters before digits"));
        out.add(new Malformed(scheme, code.substring(0, 2) + code.charAt(2) + "1", "digit for a letter"));
        out.add(new Malformed(scheme, code.substring(0, 2).toUpperCase(Locale.ROOT) + code.substring(2).toLowerCase(Locale.ROOT),
            "lower-case letters"));
      }
      case RIO_ONDERWIJSAANBIEDER, RIO_ONDERWIJSLOCATIE -> {
        char wrong = scheme == IdentifierScheme.RIO_ONDERWIJSAANBIEDER ? 'X' : 'A';
        out.add(new Malformed(scheme, valid.substring(0, 3) + wrong + valid.substring(4), "the other RIO letter"));
        out.add(new Malformed(scheme, valid.substring(0, 3) + "B" + valid.substring(4), "letter B"));
        out.add(new Malformed(scheme, valid.substring(0, 6), "two digits after the letter"));
        out.add(new Malformed(scheme, digits(random, 4) + valid.substring(3), "four digits before the letter"));
        out.add(new Malformed(scheme, valid.substring(0, 3) + valid.substring(4), "no letter"));
      }
      case LRK -> {
        out.add(new Malformed(scheme, digits(random, random.nextInt(1, 6)), "fewer than six digits"));
        out.add(new Malformed(scheme, digits(random, random.nextInt(13, 20)), "more than twelve digits"));
        out.add(new Malformed(scheme, "LRK" + valid, "LRK prefix"));
      }
      case OIN -> {
        out.add(new Malformed(scheme, valid.substring(0, 19), "nineteen digits"));
        out.add(new Malformed(scheme, valid + digits(random, 1), "twenty-one digits"));
        out.add(new Malformed(scheme, valid.substring(0, 8) + "-" + valid.substring(8), "hyphen"));
      }
      case ORG_ID -> {
        String kvk = digits(random, 8);
        out.add(new Malformed(scheme, "NL-KVK-" + kvk.substring(0, 7), "NL-KVK with seven digits"));
        out.add(new Malformed(scheme, "NL-KVK-" + kvk + "0", "NL-KVK with nine digits"));
        out.add(new Malformed(scheme, "NL-KVK-A" + kvk.substring(1), "NL-KVK with a letter"));
        out.add(new Malformed(scheme, "nl-kvk-" + kvk, "lower-case prefix"));
        out.add(new Malformed(scheme, "NLKVK" + kvk, "no hyphens"));
        out.add(new Malformed(scheme, "NL-KVK", "no id"));
        out.add(new Malformed(scheme, "NL-KVK-", "empty id"));
        out.add(new Malformed(scheme, "NLD-KVK-" + kvk, "three-letter country"));
        out.add(new Malformed(scheme, "NL-K-" + kvk, "one-character list"));
        out.add(new Malformed(scheme, "XI-IATI-" + "x".repeat(101), "id longer than 100"));
        out.add(new Malformed(scheme, "XI-IATI-a#b", "# in id"));
      }
    }
    return out;
  }

  private static String unicodeDigit(SplittableRandom random, String valid) {
    StringBuilder b = new StringBuilder(valid);
    for (int i = 0; i < b.length(); i++) {
      if (b.charAt(i) >= '0' && b.charAt(i) <= '9') {
        b.setCharAt(i, UNICODE_DIGITS[random.nextInt(UNICODE_DIGITS.length)]);
        return b.toString();
      }
    }
    return valid + UNICODE_DIGITS[0];
  }

  /**
   * @param random the source of randomness
   * @param n how many
   * @return n random ASCII digits
   */
  public static String digits(SplittableRandom random, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append((char) ('0' + random.nextInt(10)));
    }
    return b.toString();
  }

  /**
   * @param random the source of randomness
   * @param n how many
   * @return n random capital ASCII letters
   */
  public static String letters(SplittableRandom random, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append((char) ('A' + random.nextInt(26)));
    }
    return b.toString();
  }
}
