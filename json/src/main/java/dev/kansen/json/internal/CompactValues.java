package dev.kansen.json.internal;

import dev.kansen.model.AgeRange;
import dev.kansen.model.DateRange;
import dev.kansen.model.FigureSource;
import dev.kansen.model.Money;
import dev.kansen.model.Reach;
import dev.kansen.model.SchoolYear;
import dev.kansen.model.id.AreaCode;
import dev.kansen.model.id.Identifier;
import dev.kansen.model.id.MunicipalityCode;
import java.math.BigDecimal;

/**
 * The values of {@link ValueCodecs} as the {@link CompactWriter} writes them: the same JSON as
 * each codec's generator write, called by kind rather than through the codec, so that a property
 * writes its value without a call through an interface that every codec shares.
 */
final class CompactValues {
  private static final Key AMOUNT = new Key("amount");
  private static final Key CURRENCY = new Key("currency");
  private static final Key START = new Key("start");
  private static final Key END = new Key("end");
  private static final Key MIN = new Key("min");
  private static final Key MAX = new Key("max");
  private static final Key COUNT = new Key("count");
  private static final Key UNIT = new Key("unit");
  private static final Key SCHEME = new Key("scheme");
  private static final Key VALUE = new Key("value");
  private static final byte[] FORMAT_VERSION = CompactWriter.quoted(ValueCodecs.FORMAT_VERSION);

  /** A property name of a small value, encoded once. */
  private record Key(byte[] bytes, int length) {
    Key(String name) {
      this(CompactWriter.nameBytes(name), name.length());
    }
  }

  private CompactValues() {}

  /**
   * Writes a value of one of the small kinds (not a text, date, constant or object, which the
   * property writes itself).
   *
   * @param w where to write
   * @param kind the value's kind, one of {@link ValueKind}'s
   * @param value the value
   * @throws CompactWriter.GiveUp when the value is to be written through the generator
   */
  static void write(CompactWriter w, int kind, Object value) throws CompactWriter.GiveUp {
    switch (kind) {
      case ValueKind.NUMBER -> w.decimal((BigDecimal) value, Values.MAX_SCALE);
      case ValueKind.INT32 -> w.number(((Integer) value).intValue());
      case ValueKind.BOOLEAN -> w.bool((Boolean) value);
      case ValueKind.SCHOOL_YEAR -> w.schoolYear(((SchoolYear) value).startYear());
      case ValueKind.MUNICIPALITY_CODE -> w.string(((MunicipalityCode) value).value());
      case ValueKind.AREA_CODE -> w.string(((AreaCode) value).value());
      case ValueKind.MONEY -> money(w, (Money) value);
      case ValueKind.DATE_RANGE -> dateRange(w, (DateRange) value);
      case ValueKind.AGE_RANGE -> ageRange(w, (AgeRange) value);
      case ValueKind.REACH -> reach(w, (Reach) value);
      case ValueKind.IDENTIFIER -> identifier(w, (Identifier) value);
      case ValueKind.FIGURE_SOURCE -> w.string(((FigureSource) value).name());
      case ValueKind.FORMAT -> w.quotedString(FORMAT_VERSION, ValueCodecs.FORMAT_VERSION.length());
      default -> throw CompactWriter.GiveUp.INSTANCE;
    }
  }

  private static void name(CompactWriter w, Key key) throws CompactWriter.GiveUp {
    w.name(key.bytes(), key.length());
  }

  private static void money(CompactWriter w, Money m) throws CompactWriter.GiveUp {
    w.startObject();
    name(w, AMOUNT);
    w.decimalText(ValueCodecs.amountText(m.amount()));
    name(w, CURRENCY);
    w.string(m.currency().getCurrencyCode());
    w.endObject();
  }

  private static void dateRange(CompactWriter w, DateRange r) throws CompactWriter.GiveUp {
    w.startObject();
    name(w, START);
    w.date(r.start());
    name(w, END);
    w.date(r.end());
    w.endObject();
  }

  private static void ageRange(CompactWriter w, AgeRange a) throws CompactWriter.GiveUp {
    w.startObject();
    name(w, MIN);
    w.number(a.min());
    name(w, MAX);
    w.number(a.max());
    w.endObject();
  }

  private static void reach(CompactWriter w, Reach r) throws CompactWriter.GiveUp {
    w.startObject();
    name(w, COUNT);
    w.number(r.count());
    name(w, UNIT);
    w.string(r.unit().name());
    w.endObject();
  }

  private static void identifier(CompactWriter w, Identifier id) throws CompactWriter.GiveUp {
    w.startObject();
    name(w, SCHEME);
    w.string(id.scheme().name());
    name(w, VALUE);
    w.string(id.value());
    w.endObject();
  }
}
