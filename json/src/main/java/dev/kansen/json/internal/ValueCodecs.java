package dev.kansen.json.internal;


import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.kansen.model.AgeRange;
import dev.kansen.validation.CodeMessage;
import dev.kansen.validation.ReadCode;
import dev.kansen.model.DateRange;
import dev.kansen.model.FigureSource;
import dev.kansen.model.InvalidValueException;
import dev.kansen.model.Money;
import dev.kansen.model.Reach;
import dev.kansen.model.ReachUnit;
import dev.kansen.model.SchoolYear;
import dev.kansen.model.id.AreaCode;
import dev.kansen.model.id.Identifier;
import dev.kansen.model.id.IdentifierScheme;
import dev.kansen.model.id.MunicipalityCode;
import dev.kansen.validation.JsonPointer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hand-written codecs of the values of the wire format: texts, numbers, dates, enumeration
 * constants, and the small objects that cannot keep unknown properties (money, date ranges, age
 * ranges, reach, identifiers).
 */
final class ValueCodecs {
  /** The version of the wire format this reader writes and reads completely. */
  static final String FORMAT_VERSION = "1.1";
  private static final int MAJOR = 1;
  private static final int MINOR = 1;
  private static final SerializedString AMOUNT_KEY = new SerializedString("amount");
  private static final SerializedString COUNT_KEY = new SerializedString("count");
  private static final SerializedString CURRENCY_KEY = new SerializedString("currency");
  private static final SerializedString END_KEY = new SerializedString("end");
  private static final SerializedString MAX_KEY = new SerializedString("max");
  private static final SerializedString MIN_KEY = new SerializedString("min");
  private static final SerializedString SCHEME_KEY = new SerializedString("scheme");
  private static final SerializedString START_KEY = new SerializedString("start");
  private static final SerializedString UNIT_KEY = new SerializedString("unit");
  private static final SerializedString VALUE_KEY = new SerializedString("value");
  private static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

  static final Codec<String> TEXT = Codec.of(Values::text, JsonGenerator::writeString);
  static final Codec<LocalDate> DATE = Codec.of(Values::date, ValueCodecs::writeDate);
  /** Numbers keep their exact decimal text, scale included (BigDecimal#toString is valid JSON). */
  static final Codec<BigDecimal> NUMBER = Codec.of(Values::number, (g, v) -> {
    if (g instanceof LimitedGenerator limited) {
      // refused beyond the scale reading accepts
      limited.writeDecimal(v, Values.MAX_SCALE);
    } else {
      g.writeNumber(v.toString());
    }
  });
  static final Codec<Integer> INT32 = Codec.of(Values::int32, (g, v) -> g.writeNumber(v.intValue()));
  static final Codec<Boolean> BOOLEAN = Codec.of(Values::bool, (g, v) -> g.writeBoolean(v));
  static final Codec<SchoolYear> SCHOOL_YEAR = Codec.of(ValueCodecs::schoolYear, (g, v) -> g.writeString(v.toString()));
  static final Codec<MunicipalityCode> MUNICIPALITY_CODE = Codec.of(ValueCodecs::municipalityCode,
      (g, v) -> g.writeString(v.value()));
  /** A CBS district ({@code WK}) or neighbourhood ({@code BU}) code, written as a string. */
  static final Codec<AreaCode> AREA_CODE = Codec.of(ValueCodecs::areaCode, (g, v) -> g.writeString(v.value()));
  /** Money: the amount as a decimal string in plain notation, and the ISO 4217 currency. */
  static final Codec<Money> MONEY = Codec.of(ValueCodecs::money, (g, m) -> {
    g.writeStartObject();
    g.writeFieldName(AMOUNT_KEY);
    writeAmount(g, m.amount());
    g.writeFieldName(CURRENCY_KEY);
    g.writeString(m.currency().getCurrencyCode());
    g.writeEndObject();
  });
  /** A date range as its start and end dates. */
  static final Codec<DateRange> DATE_RANGE = Codec.of(ValueCodecs::dateRange, (g, r) -> {
    g.writeStartObject();
    g.writeFieldName(START_KEY);
    writeDate(g, r.start());
    g.writeFieldName(END_KEY);
    writeDate(g, r.end());
    g.writeEndObject();
  });
  static final Codec<AgeRange> AGE_RANGE = Codec.of(ValueCodecs::ageRange, (g, a) -> {
    g.writeStartObject();
    g.writeFieldName(MIN_KEY);
    g.writeNumber(a.min());
    g.writeFieldName(MAX_KEY);
    g.writeNumber(a.max());
    g.writeEndObject();
  });
  static final Codec<Reach> REACH = Codec.of(ValueCodecs::reach, (g, r) -> {
    g.writeStartObject();
    g.writeFieldName(COUNT_KEY);
    g.writeNumber(r.count());
    g.writeFieldName(UNIT_KEY);
    g.writeString(r.unit().name());
    g.writeEndObject();
  });
  /** An identifier as its scheme and value. */
  static final Codec<Identifier> IDENTIFIER = Codec.of(ValueCodecs::identifier, (g, id) -> {
    g.writeStartObject();
    g.writeFieldName(SCHEME_KEY);
    g.writeString(id.scheme().name());
    g.writeFieldName(VALUE_KEY);
    g.writeString(id.value());
    g.writeEndObject();
  });
  /** A figure's source, as its name. */
  static final Codec<FigureSource> FIGURE_SOURCE = Codec.of((s, at) -> Values.parsed(s, at, FigureSource::of),
      (g, v) -> g.writeString(v.name()));
  /** The document's format version: checked when read, and always the current one when written. */
  static final Codec<String> FORMAT = Codec.of(ValueCodecs::formatVersion, (g, v) -> g.writeString(FORMAT_VERSION));

  // the small values below have two properties each, bits 0 and 1, both required
  private static final long BOTH = 0b11;
  private static final int[] FIRST_TWO = {0, 1};
  private static final String[] MONEY_PARTS = {"amount", "currency"};
  private static final String[] DATE_RANGE_PARTS = {"start", "end"};
  private static final String[] AGE_RANGE_PARTS = {"min", "max"};
  private static final String[] REACH_PARTS = {"count", "unit"};
  private static final String[] IDENTIFIER_PARTS = {"scheme", "value"};
  private static final Values.ValueReader<ReachUnit> REACH_UNIT = Values.constant(ReachUnit.class);
  private static final Values.ValueReader<IdentifierScheme> IDENTIFIER_SCHEME = Values.constant(IdentifierScheme.class);

  private ValueCodecs() {}

  /**
   * @param type an enumeration
   * @return the codec of its constants, written by name
   * @param <E> the enumeration
   */
  static <E extends Enum<E>> Codec<E> constant(Class<E> type) {
    return new Constants<>(type);
  }

  /** Writes a date as {@link LocalDate#toString()} does, without making a string for the common years. */
  static void writeDate(JsonGenerator g, LocalDate date) throws IOException {
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      // read as yyyy-mm-dd only: not written, as LocalDate spells it, with a sign or more digits
      if (g instanceof LimitedGenerator limited) {
        limited.refuseDate(date);
      }
      throw new JsonGenerationException("The date " + date + " has no four-digit year, as the wire format's dates must", g);
    }
    char[] text = g instanceof LimitedGenerator limited ? limited.scratch() : new char[10];
    digits(text, 0, year, 4);
    text[4] = '-';
    digits(text, 5, date.getMonthValue(), 2);
    text[7] = '-';
    digits(text, 8, date.getDayOfMonth(), 2);
    g.writeString(text, 0, 10);
  }

  /**
   * Writes an amount in plain notation, as {@link BigDecimal#toPlainString()} spells it. Where
   * {@link BigDecimal#toString()} spells it the same (no exponent: a scale of zero, or a positive
   * scale with at most five zeros after the point before the first digit), that is written: the
   * amount keeps it once made, so an amount written again takes no new string.
   */
  static void writeAmount(JsonGenerator g, BigDecimal amount) throws IOException {
    String text = amountText(amount);
    if (g instanceof LimitedGenerator limited) {
      // read back as a number: limited by the longest number
      limited.writeDecimalText(text);
    } else {
      g.writeString(text);
    }
  }

  /** @return an amount in plain notation, as {@link #writeAmount} writes it */
  static String amountText(BigDecimal amount) {
    int scale = amount.scale();
    boolean plain = scale == 0 || scale > 0 && amount.precision() - scale >= -5;
    return plain ? amount.toString() : amount.toPlainString();
  }

  private static void digits(char[] text, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      text[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  static String formatVersion(ReadSession s, JsonPointer at) throws IOException {
    String text = Values.text(s, at);
    if (text == null) {
      return null;
    }
    Matcher m = VERSION.matcher(text);
    if (!m.matches()) {
      s.failAlone(CodeMessage.of(ReadCode.INVALID_FORMAT_VERSION, "example", FORMAT_VERSION,
          "value", InvalidValueException.shorten(text)), at, s.parser().currentTokenLocation());
    }
    int major = Integer.parseInt(m.group(1));
    int minor = Integer.parseInt(m.group(2));
    if (major != MAJOR) {
      s.failAlone(CodeMessage.variant(ReadCode.UNSUPPORTED_FORMAT_VERSION, major > MAJOR ? "newerMajor" : "olderMajor",
          "version", text, "major", MAJOR), at, s.parser().currentTokenLocation());
    }
    if (minor > MINOR && !s.lenient()) {
      s.failAlone(CodeMessage.variant(ReadCode.UNSUPPORTED_FORMAT_VERSION, "newerMinor", "version", text,
          "supported", FORMAT_VERSION), at, s.parser().currentTokenLocation());
    }
    return text;
  }

  // Values without unknownProperties: an unknown property is refused in every mode, since it could not be kept.

  static Money money(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.startMarked(s, at, "Money");
    if (o == null) {
      return null;
    }
    BigDecimal amount = null;
    Currency currency = null;
    // the two parts are expected in the order kansen writes them
    for (SerializedString expected = AMOUNT_KEY; o.nextExpecting(expected); expected = CURRENCY_KEY) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "amount" -> {
          o.mark(0);
          amount = o.keep(Values.decimalText(s, p));
        }
        case "currency" -> {
          o.mark(1);
          currency = o.keep(Values.parsed(s, p, Money::currency));
        }
        default -> o.rejectUnknown();
      }
    }
    o.require(BOTH, MONEY_PARTS, FIRST_TWO);
    return o.buildValue(amount, currency, "", Money::new);
  }

  static DateRange dateRange(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.startMarked(s, at, "DateRange");
    if (o == null) {
      return null;
    }
    LocalDate start = null;
    LocalDate end = null;
    // the two parts are expected in the order kansen writes them
    for (SerializedString expected = START_KEY; o.nextExpecting(expected); expected = END_KEY) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "start" -> {
          o.mark(0);
          start = o.keep(Values.date(s, p));
        }
        case "end" -> {
          o.mark(1);
          end = o.keep(Values.date(s, p));
        }
        default -> o.rejectUnknown();
      }
    }
    o.require(BOTH, DATE_RANGE_PARTS, FIRST_TWO);
    return o.buildValue(start, end, "", DateRange::new);
  }

  static AgeRange ageRange(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.startMarked(s, at, "AgeRange");
    if (o == null) {
      return null;
    }
    Integer min = null;
    Integer max = null;
    // the two parts are expected in the order kansen writes them
    for (SerializedString expected = MIN_KEY; o.nextExpecting(expected); expected = MAX_KEY) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "min" -> {
          o.mark(0);
          min = o.keep(Values.int32(s, p));
        }
        case "max" -> {
          o.mark(1);
          max = o.keep(Values.int32(s, p));
        }
        default -> o.rejectUnknown();
      }
    }
    o.require(BOTH, AGE_RANGE_PARTS, FIRST_TWO);
    return o.buildValue(min, max, "", (a, b) -> new AgeRange(a, b));
  }

  static Reach reach(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.startMarked(s, at, "Reach");
    if (o == null) {
      return null;
    }
    Long count = null;
    ReachUnit unit = null;
    // the two parts are expected in the order kansen writes them
    for (SerializedString expected = COUNT_KEY; o.nextExpecting(expected); expected = UNIT_KEY) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "count" -> {
          o.mark(0);
          count = o.keep(Values.integer(s, p, Long.MIN_VALUE, Long.MAX_VALUE));
        }
        case "unit" -> {
          o.mark(1);
          unit = o.keep(REACH_UNIT.read(s, p));
        }
        default -> o.rejectUnknown();
      }
    }
    o.require(BOTH, REACH_PARTS, FIRST_TWO);
    return o.buildValue(count, unit, "", (c, u) -> new Reach(c, u));
  }

  static Identifier identifier(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.startMarked(s, at, "Identifier");
    if (o == null) {
      return null;
    }
    IdentifierScheme scheme = null;
    String value = null;
    // the two parts are expected in the order kansen writes them
    for (SerializedString expected = SCHEME_KEY; o.nextExpecting(expected); expected = VALUE_KEY) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "scheme" -> {
          o.mark(0);
          scheme = o.keep(IDENTIFIER_SCHEME.read(s, p));
        }
        case "value" -> {
          o.mark(1);
          value = o.keep(Values.text(s, p));
        }
        default -> o.rejectUnknown();
      }
    }
    o.require(BOTH, IDENTIFIER_PARTS, FIRST_TWO);
    return o.buildValue(scheme, value, "value", Identifier::of);
  }

  static SchoolYear schoolYear(ReadSession s, JsonPointer at) throws IOException {
    return Values.parsed(s, at, SchoolYear::parse);
  }

  static MunicipalityCode municipalityCode(ReadSession s, JsonPointer at) throws IOException {
    return Values.parsed(s, at, MunicipalityCode::of);
  }

  static AreaCode areaCode(ReadSession s, JsonPointer at) throws IOException {
    return Values.parsed(s, at, AreaCode::of);
  }
}
