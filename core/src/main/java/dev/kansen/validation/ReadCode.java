package dev.kansen.validation;


/**
 * The codes of the violations the JSON reader itself reports. Construction failures of model values
 * keep their {@link ValueCode}.
 *
 * <p>The texts ({@link #what}, {@link #why}, {@link #fix}) come from the message bundle
 * {@code codes.properties}; {@code docs/rules.md} lists every constant.
 */
public enum ReadCode implements CatalogueCode {
  /** The input is not well-formed JSON. */
  JSON_SYNTAX(Severity.ERROR, Category.FORMAT),
  /** The input holds no JSON value at all, or only whitespace. */
  EMPTY_DOCUMENT(Severity.ERROR, Category.FORMAT),
  /** More content follows the document's single top-level value. */
  TRAILING_CONTENT(Severity.ERROR, Category.FORMAT),
  /** The input is not valid UTF-8. */
  INVALID_ENCODING(Severity.ERROR, Category.FORMAT),
  /** The input is longer than the configured maximum document length. */
  INPUT_TOO_LARGE(Severity.ERROR, Category.FORMAT),
  /** Objects and arrays are nested deeper than the configured maximum. */
  NESTING_TOO_DEEP(Severity.ERROR, Category.FORMAT),
  /** A string or property name is longer than the configured maximum. */
  STRING_TOO_LONG(Severity.ERROR, Category.FORMAT),
  /** A string or property name holds an unpaired surrogate (such as {@code "\ud83d"} alone). */
  INVALID_TEXT(Severity.ERROR, Category.FORMAT),
  /** A number has more characters than the configured maximum. */
  NUMBER_TOO_LONG(Severity.ERROR, Category.FORMAT),
  /** The same property appears twice in one object. */
  DUPLICATE_PROPERTY(Severity.ERROR, Category.FORMAT),
  /** A property the format (in strict mode), or a value type in any mode, does not know. */
  UNKNOWN_PROPERTY(Severity.ERROR, Category.FORMAT),
  /** A required property is absent. */
  MISSING_PROPERTY(Severity.ERROR, Category.FORMAT),
  /** A property is null; absent values are omitted instead. */
  NULL_VALUE(Severity.ERROR, Category.FORMAT),
  /** A value has the wrong JSON type, such as a number where a string belongs. */
  WRONG_TYPE(Severity.ERROR, Category.FORMAT),
  /** A text is not one of the constants of an enumeration. */
  UNKNOWN_ENUM_VALUE(Severity.ERROR, Category.FORMAT),
  /** A text is not an ISO-8601 calendar date yyyy-mm-dd. */
  INVALID_DATE(Severity.ERROR, Category.FORMAT),
  /** A number or decimal text is malformed or out of range. */
  INVALID_NUMBER(Severity.ERROR, Category.FORMAT),
  /** A set (themes, sectors, roles, groups) holds the same element twice. */
  DUPLICATE_ITEM(Severity.ERROR, Category.FORMAT),
  /** formatVersion is not written MAJOR.MINOR. */
  INVALID_FORMAT_VERSION(Severity.ERROR, Category.FORMAT),
  /** formatVersion is newer than this reader can read. */
  UNSUPPORTED_FORMAT_VERSION(Severity.ERROR, Category.FORMAT),
  /** Reading stopped because the configured maximum number of violations was reached. */
  TOO_MANY_VIOLATIONS(Severity.ERROR, Category.FORMAT);

  private final Severity defaultSeverity;
  private final Category category;

  ReadCode(Severity defaultSeverity, Category category) {
    this.defaultSeverity = defaultSeverity;
    this.category = category;
  }

  @Override
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  @Override
  public Category category() {
    return category;
  }
}
