package dev.kansen.json.internal;


import com.fasterxml.jackson.core.JsonGenerator;
import dev.kansen.model.AgeRange;
import dev.kansen.validation.ReadCode;
import dev.kansen.model.DateRange;
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
  private static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

  static final Codec<String> TEXT = Codec.of(Values::text, JsonGenerator::writeString);
  static final Codec<LocalDate> DATE = Codec.of(Values::date, (g, v) -> g.writeString(v.toString()));
  /** Numbers keep their exact decimal text, scale included (BigDecimal#toString is valid JSON). */
  static final Codec<BigDecimal> NUMBER = Codec.of(Values::number, (g, v) -> g.writeNumber(v.toString()));
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
    g.writeStringField("amount", m.amount().toPlainString());
    g.writeStringField("currency", m.currency().getCurrencyCode());
    g.writeEndObject();
  });
  /** A date range as its start and end dates. */
  static final Codec<DateRange> DATE_RANGE = Codec.of(ValueCodecs::dateRange, (g, r) -> {
    g.writeStartObject();
    g.writeStringField("start", r.start().toString());
    g.writeStringField("end", r.end().toString());
    g.writeEndObject();
  });
  static final Codec<AgeRange> AGE_RANGE = Codec.of(ValueCodecs::ageRange, (g, a) -> {
    g.writeStartObject();
    g.writeNumberField("min", a.min());
    g.writeNumberField("max", a.max());
    g.writeEndObject();
  });
  static final Codec<Reach> REACH = Codec.of(ValueCodecs::reach, (g, r) -> {
    g.writeStartObject();
    g.writeNumberField("count", r.count());
    g.writeStringField("unit", r.unit().name());
    g.writeEndObject();
  });
  /** An identifier as its scheme and value. */
  static final Codec<Identifier> IDENTIFIER = Codec.of(ValueCodecs::identifier, (g, id) -> {
    g.writeStartObject();
    g.writeStringField("scheme", id.scheme().name());
    g.writeStringField("value", id.value());
    g.writeEndObject();
  });
  /** The document's format version: checked when read, and always the current one when written. */
  static final Codec<String> FORMAT = Codec.of(ValueCodecs::formatVersion, (g, v) -> g.writeString(FORMAT_VERSION));

  private ValueCodecs() {}

  /**
   * @param type an enumeration
   * @return the codec of its constants, written by name
   * @param <E> the enumeration
   */
  static <E extends Enum<E>> Codec<E> constant(Class<E> type) {
    return Codec.of(Values.constant(type), (g, v) -> g.writeString(v.name()));
  }

  static String formatVersion(ReadSession s, JsonPointer at) throws IOException {
    String text = Values.text(s, at);
    if (text == null) {
      return null;
    }
    Matcher m = VERSION.matcher(text);
    if (!m.matches()) {
      s.failAlone(ReadCode.INVALID_FORMAT_VERSION, at, s.parser().currentTokenLocation(),
          "formatVersion must be written MAJOR.MINOR, such as \"" + FORMAT_VERSION + "\", but was \""
              + InvalidValueException.shorten(text) + "\"");
    }
    int major = Integer.parseInt(m.group(1));
    int minor = Integer.parseInt(m.group(2));
    if (major != MAJOR) {
      s.failAlone(ReadCode.UNSUPPORTED_FORMAT_VERSION, at, s.parser().currentTokenLocation(),
          "This document has formatVersion " + text + ", but this version of kansen reads format version "
              + MAJOR + ".x only" + (major > MAJOR ? "; upgrade kansen to read it" : ""));
    }
    if (minor > MINOR && !s.lenient()) {
      s.failAlone(ReadCode.UNSUPPORTED_FORMAT_VERSION, at, s.parser().currentTokenLocation(),
          "This document has formatVersion " + text + ", newer than " + FORMAT_VERSION
              + " which the strict reader reads; read it with KansenJson.lenient() to keep the newer properties");
    }
    return text;
  }

  // Values without unknownProperties: an unknown property is refused in every mode, since it could not be kept.

  static Money money(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.start(s, at, "Money");
    if (o == null) {
      return null;
    }
    BigDecimal[] amount = new BigDecimal[1];
    Currency[] currency = new Currency[1];
    while (o.next()) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "amount" -> o.set(Values.decimalText(s, p), v -> amount[0] = v);
        case "currency" -> o.set(Values.parsed(s, p, Money::currency), v -> currency[0] = v);
        default -> o.rejectUnknown();
      }
    }
    o.require("amount", "currency");
    return o.build(() -> new Money(amount[0], currency[0]));
  }

  static DateRange dateRange(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.start(s, at, "DateRange");
    if (o == null) {
      return null;
    }
    LocalDate[] range = new LocalDate[2];
    while (o.next()) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "start" -> o.set(Values.date(s, p), v -> range[0] = v);
        case "end" -> o.set(Values.date(s, p), v -> range[1] = v);
        default -> o.rejectUnknown();
      }
    }
    o.require("start", "end");
    return o.build(() -> new DateRange(range[0], range[1]));
  }

  static AgeRange ageRange(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.start(s, at, "AgeRange");
    if (o == null) {
      return null;
    }
    int[] range = new int[2];
    while (o.next()) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "min" -> o.set(Values.int32(s, p), v -> range[0] = v);
        case "max" -> o.set(Values.int32(s, p), v -> range[1] = v);
        default -> o.rejectUnknown();
      }
    }
    o.require("min", "max");
    return o.build(() -> new AgeRange(range[0], range[1]));
  }

  static Reach reach(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.start(s, at, "Reach");
    if (o == null) {
      return null;
    }
    long[] count = new long[1];
    ReachUnit[] unit = new ReachUnit[1];
    while (o.next()) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "count" -> o.set(Values.integer(s, p, Long.MIN_VALUE, Long.MAX_VALUE), v -> count[0] = v);
        case "unit" -> o.set(Values.constant(s, p, ReachUnit.class), v -> unit[0] = v);
        default -> o.rejectUnknown();
      }
    }
    o.require("count", "unit");
    return o.build(() -> new Reach(count[0], unit[0]));
  }

  static Identifier identifier(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.start(s, at, "Identifier");
    if (o == null) {
      return null;
    }
    IdentifierScheme[] scheme = new IdentifierScheme[1];
    String[] value = new String[1];
    while (o.next()) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "scheme" -> o.set(Values.constant(s, p, IdentifierScheme.class), v -> scheme[0] = v);
        case "value" -> o.set(Values.text(s, p), v -> value[0] = v);
        default -> o.rejectUnknown();
      }
    }
    o.require("scheme", "value");
    return o.buildValue("value", () -> Identifier.of(scheme[0], value[0]));
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
