package dev.kansen.json.internal;

/**
 * The kinds of value of the wire format: which codec a property's values have. A property reads
 * and writes a value of a known kind by a direct call chosen by its kind, rather than through the
 * {@link Codec} interface that every codec shares, which would cost a lookup per value.
 */
final class ValueKind {
  static final int TEXT = 0;
  static final int DATE = 1;
  static final int CONSTANT = 2;
  static final int OBJECT = 3;
  static final int NUMBER = 4;
  static final int INT32 = 5;
  static final int BOOLEAN = 6;
  static final int SCHOOL_YEAR = 7;
  static final int MUNICIPALITY_CODE = 8;
  static final int AREA_CODE = 9;
  static final int MONEY = 10;
  static final int DATE_RANGE = 11;
  static final int AGE_RANGE = 12;
  static final int REACH = 13;
  static final int IDENTIFIER = 14;
  static final int FIGURE_SOURCE = 15;
  static final int FORMAT = 16;
  /** A codec of no kind of its own: read and written through the codec; the compact writer gives up at it. */
  static final int OTHER = 17;

  private ValueKind() {}

  /**
   * @param codec a codec of the wire format
   * @return its kind
   */
  static int of(Codec<?> codec) {
    if (codec instanceof Constants) {
      return CONSTANT;
    }
    if (codec instanceof WireType) {
      return OBJECT;
    }
    Codec<?>[] known = {ValueCodecs.TEXT, ValueCodecs.DATE, null, null, ValueCodecs.NUMBER, ValueCodecs.INT32,
        ValueCodecs.BOOLEAN, ValueCodecs.SCHOOL_YEAR, ValueCodecs.MUNICIPALITY_CODE, ValueCodecs.AREA_CODE,
        ValueCodecs.MONEY, ValueCodecs.DATE_RANGE, ValueCodecs.AGE_RANGE, ValueCodecs.REACH, ValueCodecs.IDENTIFIER,
        ValueCodecs.FIGURE_SOURCE, ValueCodecs.FORMAT};
    for (int kind = 0; kind < known.length; kind++) {
      if (known[kind] == codec) {
        return kind;
      }
    }
    return OTHER;
  }
}
