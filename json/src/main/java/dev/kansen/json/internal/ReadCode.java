package dev.kansen.json.internal;

/**
 * The codes of the violations the JSON reader itself reports. Construction failures of model
 * values keep the model's own codes (such as {@code INVALID_MUNICIPALITY_CODE}). Every constant
 * is documented in {@code docs/wire-format.md}; a test keeps the two lists equal.
 */
public enum ReadCode {
  /** The input is not well-formed JSON. */
  JSON_SYNTAX,
  /** The input holds no JSON value at all, or only whitespace. */
  EMPTY_DOCUMENT,
  /** More content follows the document's single top-level value. */
  TRAILING_CONTENT,
  /** The input is not valid UTF-8. */
  INVALID_ENCODING,
  /** A string or property name holds an unpaired surrogate (such as {@code "\ud83d"} alone). */
  INVALID_TEXT,
  /** The input is longer than the configured maximum document length. */
  INPUT_TOO_LARGE,
  /** Objects and arrays are nested deeper than the configured maximum. */
  NESTING_TOO_DEEP,
  /** A string or property name is longer than the configured maximum. */
  STRING_TOO_LONG,
  /** A number has more characters than the configured maximum. */
  NUMBER_TOO_LONG,
  /** The same property appears twice in one object. */
  DUPLICATE_PROPERTY,
  /** A property the format (in strict mode), or a value type in any mode, does not know. */
  UNKNOWN_PROPERTY,
  /** A required property is absent. */
  MISSING_PROPERTY,
  /** A property is {@code null}; absent values are omitted instead. */
  NULL_VALUE,
  /** A value has the wrong JSON type, such as a number where a string belongs. */
  WRONG_TYPE,
  /** A text is not one of the constants of an enumeration. */
  UNKNOWN_ENUM_VALUE,
  /** A text is not an ISO-8601 calendar date {@code yyyy-mm-dd}. */
  INVALID_DATE,
  /** A number or decimal text is malformed or out of range. */
  INVALID_NUMBER,
  /** A set (themes, sectors, roles, groups) holds the same element twice. */
  DUPLICATE_ITEM,
  /** {@code formatVersion} is not written {@code MAJOR.MINOR}. */
  INVALID_FORMAT_VERSION,
  /** {@code formatVersion} is newer than this reader can read. */
  UNSUPPORTED_FORMAT_VERSION,
  /** Reading stopped because the configured maximum number of violations was reached. */
  TOO_MANY_VIOLATIONS
}
